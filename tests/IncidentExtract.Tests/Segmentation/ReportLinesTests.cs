using IncidentExtract.Segmentation;

namespace IncidentExtract.Tests.Segmentation;

public class ReportLinesTests
{
    // Lines of the seeds, each with the shape the segmenter must see in it.
    private const string Report =
        "  • Following is an overview of the situation in Syria:\n"
        + "    • In the city of Manbij and its environs there has been no change on the ground.\n"
        + "- In the campaign to take over Albukamal took part several Iranian-affiliated Shiite forces: Most outstanding was Lebanese Hezbollah.\n"
        + "   \n"
        + "(Enab Baladi, November 17, 2017)\n"
        + "[1] The Nujaba Movement (“The Movement of the Noble”) is an Iraqi Shiite militia operating mainly in the Baghdad region.\n"
        + "-1 and 2 are not bullets without a space after the mark";

    [Fact]
    public void Each_line_is_read_once_for_every_shape_the_segmenter_asks_about()
    {
        var lines = new ReportLines(Report);
        lines.Count.Should().Be(7);
        Enumerable.Range(0, 7).Select(lines.IsBullet).Should().Equal(true, true, true, false, false, false, false);
        lines.BulletIndent(1).Should().Be(4);
        lines.BulletIndent(2).Should().Be(0);
        lines.BulletBody(0).Should().Be("Following is an overview of the situation in Syria:");
        lines.Raw(3).ToString().Should().Be("   ");
        lines.IsBlank(3).Should().BeTrue();
        lines.Clean(3).Should().BeEmpty();
        lines.Clean(0).Should().Be("• Following is an overview of the situation in Syria:");
        Enumerable.Range(0, 7).Select(lines.IsCitationOnly).Should().Equal(false, false, false, false, true, false, false);
        Enumerable.Range(0, 7).Select(lines.IsFootnote).Should().Equal(false, false, false, false, false, true, false);
        lines.NextNonBlank(2).Should().Be(4);
        lines.NextNonBlank(6).Should().Be(-1);
    }

    [Fact]
    public void The_shapes_agree_with_the_line_patterns_on_every_sample_line()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(IncidentExtract.Tests.Pipeline.RepositoryRoot.Path, "samples"), "*.txt"))
        {
            var lines = new ReportLines(File.ReadAllText(file).ReplaceLineEndings("\n"));
            for (var i = 0; i < lines.Count; i++)
            {
                var raw = lines.Raw(i).ToString();
                lines.IsBlank(i).Should().Be(string.IsNullOrWhiteSpace(raw));
                lines.Clean(i).Should().Be(ReportSegmenter.Normalise(raw));
                var bullet = LinePatterns.Bullet().Match(raw);
                lines.IsBullet(i).Should().Be(bullet.Success, raw);
                if (bullet.Success)
                {
                    lines.BulletBody(i).Should().Be(ReportSegmenter.Normalise(bullet.Groups["text"].Value));
                    lines.BulletIndent(i).Should().Be(bullet.Groups["indent"].Value.Sum(c => c == '\t' ? 4 : 1));
                }
                lines.IsFootnote(i).Should().Be(!string.IsNullOrWhiteSpace(raw) && LinePatterns.Footnote().IsMatch(raw), raw);
                lines.IsSideBySide(i).Should().Be(LinePatterns.IsSideBySide(raw), raw);
                var citation = LinePatterns.TrailingCitation().Match(raw);
                LinePatterns.TrailingCitationStart(raw).Should().Be(citation.Success ? citation.Index : -1, raw);
            }
        }
    }

    // Two real captions side by side (tab, blank run, no-break spaces), one caption with padded edges, one line
    // with a doubled space: the lines cleaning changes are read again, and agree with the plain reading.
    [Theory]
    [InlineData("ISIS operatives who surrendered to the Afghan forces (Khaama Press, November 26, 2019)     Syrian forces in the villages they took over in the Mushayrafa area (SANA, November 25, 2019)", true)]
    [InlineData("ISIS operatives who surrendered to the Afghan forces (Khaama Press, November 26, 2019)\tSyrian forces in the villages they took over", true)]
    [InlineData("ISIS operatives who surrendered to the Afghan forces\u00A0\u00A0\u00A0Syrian forces in the villages they took over", true)]
    [InlineData("   ISIS operatives who surrendered to the Afghan forces (Khaama Press, November 26, 2019)   ", false)]
    [InlineData("Syrian forces in the villages they took over  in the Mushayrafa area", false)]
    [InlineData("Syrian forces in the villages they took over in the Mushayrafa area (SANA, November 25, 2019)", false)]
    public void Side_by_side_captions_are_found_from_the_cleaned_lines(string line, bool expected)
    {
        var lines = new ReportLines("Heading\n" + line + "\n");
        lines.IsSideBySide(1).Should().Be(expected);
        LinePatterns.IsSideBySide(line).Should().Be(expected);
    }

    // Real bullets and near misses: a tab, no-break spaces and a dash as mark, a mark without a blank after it, a mark
    // followed by blanks and then other whitespace (the pattern's text opens with a non-blank), a mark alone.
    [Theory]
    [InlineData("  • It was reported that ISIS operatives who were left in the “pocket” along the Euphrates River halted the SDF forces.")]
    [InlineData("\t• On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.")]
    [InlineData("\u00A0\u00A0–\u00A0Kirkuk Province: On November 19, 2017, the Popular Mobilization announced that its forces had killed 12 ISIS operatives.")]
    [InlineData("- In the campaign to take over Al-Mayadeen took part several Iranian-affiliated Shiite forces: Most outstanding was Lebanese Hezbollah.   ")]
    [InlineData("-1 and 2 are not bullets without a space after the mark")]
    [InlineData("  •  \u2003ISIS operatives who surrendered to the Afghan forces")]
    [InlineData("  •   ")]
    [InlineData("•")]
    [InlineData("Halt in the advance of the SDF forces")]
    public void A_bullet_is_read_by_hand_as_the_pattern_reads_it(string line)
    {
        var bullet = LinePatterns.Bullet().Match(line);
        var shape = BulletShape.Read(line);
        (shape is not null).Should().Be(bullet.Success);
        if (shape is not { } read) return;
        read.TextStart.Should().Be(bullet.Groups["text"].Index);
        read.MarkAt.Should().Be(bullet.Groups["mark"].Index);
        read.IndentWidth.Should().Be(bullet.Groups["indent"].Value.Sum(c => c == '\t' ? 4 : 1));
    }
}
