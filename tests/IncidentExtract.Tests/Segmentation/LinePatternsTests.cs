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

    [Fact]
    public void Trailing_citation_match_gives_the_citation_start()
    {
        var line = "Syrian forces in the villages they took over in the Mushayrafa area (SANA, November 25, 2019)";
        LinePatterns.MatchTrailingCitation(line).Index.Should().Be(line.IndexOf('('));
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
}
