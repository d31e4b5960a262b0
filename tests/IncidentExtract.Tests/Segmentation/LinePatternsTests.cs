using IncidentExtract.Segmentation;

namespace IncidentExtract.Tests.Segmentation;

public class LinePatternsTests
{
    [Theory]
    [InlineData("Syrian forces in the villages they took over in the Mushayrafa area (SANA, November 25, 2019)", true)]
    [InlineData("ISIS operatives who surrendered to the Afghan forces in the Nangarhar Province (Khaama Press, November 24, 2019).", true)]
    [InlineData("ISIS operatives who surrendered to the Afghan forces in the Nangarhar Province (Khaama Press, November 24, 2019).  ", true)]
    [InlineData("Main events of the week", false)]
    [InlineData("Involvement of Russia and the United States", false)]
    public void Ends_with_parenthesis_before_an_optional_full_stop(string line, bool expected) =>
        LinePatterns.EndsWithParenthesis(line).Should().Be(expected);

    [Theory]
    [InlineData("Syrian forces in the villages they took over in the Mushayrafa area (SANA, November 25, 2019)", true)]
    [InlineData("Main events of the week", false)]
    public void Trailing_citation_needs_the_closing_parenthesis(string line, bool expected) =>
        LinePatterns.HasTrailingCitation(line).Should().Be(expected);

    // Read at the last bracket only, as the pattern's own scan would find it: an aside before the citation, a citation
    // that is not last, a bracket inside, brackets without a year, a citation only, no citation at all.
    [Theory]
    [InlineData("Syrian forces in the villages they took over in the Mushayrafa area (SANA, November 25, 2019)")]
    [InlineData("Hezbollah and the Shiite militias (referred to as Haydariyoun) fought alongside the Syrian army (Al-Manar, November 20, 2017).  ")]
    [InlineData("The Nujaba Movement (“The Movement of the Noble”) is an Iraqi Shiite militia operating mainly in the Baghdad region.")]
    [InlineData("A map of the area (Google Maps (detail))")]
    [InlineData("The Iraqi army took over the city of Rawa (the last stronghold of the Islamic State in Iraq)")]
    [InlineData("(Enab Baladi, November 17, 2017)")]
    [InlineData("Main events of the week")]
    [InlineData("Syrian army rocket fire at the southern Idlib region (Al-Ikhbariya al-Suriya channel, February 5, 2019).\t")]
    public void Trailing_citation_start_is_where_the_pattern_matches(string line)
    {
        var match = LinePatterns.TrailingCitation().Match(line);
        LinePatterns.TrailingCitationStart(line).Should().Be(match.Success ? match.Index : -1);
        LinePatterns.HasTrailingCitation(line).Should().Be(match.Success);
    }

    // Two real captions printed side by side, as a PDF-to-text dump lays them out.
    [Theory]
    [InlineData("ISIS operatives who surrendered to the Afghan forces (Khaama Press, November 26, 2019)     Syrian forces in the villages they took over in the Mushayrafa area (SANA, November 25, 2019)", true)]
    [InlineData("ISIS operatives who surrendered to the Afghan forces (Khaama Press, November 26, 2019)\tSyrian forces in the villages they took over", true)]
    [InlineData("   ISIS operatives who surrendered to the Afghan forces (Khaama Press, November 26, 2019)   ", false)]
    [InlineData("Syrian forces in the villages they took over  in the Mushayrafa area", false)]
    public void Side_by_side_captions_agree_with_the_pattern(string line, bool expected)
    {
        LinePatterns.IsSideBySide(line).Should().Be(expected);
        LinePatterns.SideBySide().IsMatch(line.Trim()).Should().Be(expected);
    }

    // Web-page furniture of 004_08963c1b09683d1f.txt, and lines that open like it or not at all.
    [Theory]
    [InlineData("close button")]
    [InlineData("Switch to Iranwire Light?")]
    [InlineData("It looks like you’re having trouble loading the content on this page. Switch to Iranwire Light instead.")]
    [InlineData("Features")]
    [InlineData("5 min read")]
    [InlineData("comments")]
    [InlineData("Comment")]
    [InlineData("COMMENTS")]
    [InlineData("Images")]
    [InlineData("Life Before Coronavirus")]
    [InlineData("ISIS Still Active in Syria and Iraq")]
    [InlineData("• Related articles")]
    [InlineData("“Comments")]
    [InlineData("")]
    public void Chrome_and_the_comments_marker_are_read_as_their_patterns_read_them(string clean)
    {
        LinePatterns.IsChrome(clean).Should().Be(LinePatterns.Chrome().IsMatch(clean));
        LinePatterns.IsCommentsMarker(clean).Should().Be(LinePatterns.CommentsMarker().IsMatch(clean));
    }

    [Fact]
    public void Chrome_is_read_as_its_pattern_reads_it_on_every_sample_line()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(IncidentExtract.Tests.Pipeline.RepositoryRoot.Path, "samples"), "*.txt"))
            foreach (var line in File.ReadLines(file))
            {
                var clean = ReportSegmenter.Normalise(line);
                LinePatterns.IsChrome(clean).Should().Be(LinePatterns.Chrome().IsMatch(clean), clean);
                LinePatterns.IsCommentsMarker(clean).Should().Be(LinePatterns.CommentsMarker().IsMatch(clean), clean);
            }
    }
}
