using IncidentExtract.Segmentation;

namespace IncidentExtract.Tests.Segmentation;

public class ReportSegmenterNormaliseTests
{
    private const string Line = "On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.";

    [Fact]
    public void Every_kind_of_whitespace_collapses_to_one_space_and_nothing_else_changes()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch)) continue;
            var text = Line.Replace("fighters were", $"fighters{ch}were");
            var expected = char.IsWhiteSpace(ch) ? Line : text;
            ReportSegmenter.Normalise(text).Should().Be(expected, "U+{0:X4} {1} whitespace", c, char.IsWhiteSpace(ch) ? "is" : "is not");
        }
    }

    [Theory]
    [InlineData("  On November 22, 2019,\tPopular Mobilization  fighters were ambushed northeast of Samarra. ")]
    [InlineData("On November 22, 2019, Popular Mobilization\u00A0\u00A0fighters were ambushed northeast of Samarra.")]
    public void Runs_and_edges_are_cleaned(string raw) => ReportSegmenter.Normalise(raw).Should().Be(Line);

    [Fact]
    public void A_clean_line_comes_back_as_the_same_string() =>
        ReportSegmenter.Normalise(Line).Should().BeSameAs(Line);

    // A line longer than the scratch buffer on the stack: a PDF dump's paragraph with its spacing doubled.
    [Fact]
    public void A_long_line_is_cleaned_like_a_short_one()
    {
        var paragraph = string.Concat(Enumerable.Repeat(Line + " ", 40)).TrimEnd();
        var spaced = "\t" + paragraph.Replace(" ", " \u00A0 ") + "  ";
        spaced.Length.Should().BeGreaterThan(1024);
        ReportSegmenter.Normalise(spaced).Should().Be(paragraph);
    }

    // A line read in place (not a string of its own) cleans the same, and says whether cleaning changed it.
    [Theory]
    [InlineData("On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.", false)]
    [InlineData("  On November 22, 2019,\tPopular Mobilization  fighters were ambushed northeast of Samarra. ", true)]
    [InlineData("On November 22, 2019, Popular Mobilization\u00A0\u00A0fighters were ambushed northeast of Samarra.", true)]
    [InlineData("On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.\r", true)]
    [InlineData("  • On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.", true)]
    public void A_line_in_place_cleans_as_a_string_does(string raw, bool changed)
    {
        var text = "Heading\n" + raw + "\n";
        ReportSegmenter.Normalise(text.AsSpan(8, raw.Length), out var wasChanged).Should().Be(ReportSegmenter.Normalise(raw));
        wasChanged.Should().Be(changed);
    }
}
