using System.Text.RegularExpressions;
using IncidentExtract.Recognition.Citations;

namespace IncidentExtract.Tests.Recognition.Citations;

/// <summary>The inline-source shortcuts against the plain forms they replace (a regex replacement, a split into words).</summary>
public class InlineSourceShortcutTests
{
    /// <summary>Names as the reporter and "according to" rules read them from real report sentences (/work/shared/seeds).</summary>
    public static TheoryData<string> Names => new()
    {
        "The official Syrian Arab News Agency",
        "The Syrian Observatory for Human Rights",
        "the Iraqi News Agency",
        "official Syrian TV",
        "Syrian TV",
        "Al-Ahmad",
        "Edlib Media Center – EMC",
        "Syrian media",
        "Syrian",
        "US officials",
        "Theodore Media",
        "The",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void The_leading_article_goes_as_the_pattern_removes_it(string name) =>
        InlineSourceRecognizer.WithoutLeadingArticle(name).Should().Be(Regex.Replace(name, "^(?:The |the )?(?:official )?", ""));

    [Theory]
    [MemberData(nameof(Names))]
    public void A_name_is_generic_as_its_words_say(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var expected = Regex.IsMatch(words[^1], "^(?:media|reports?|sources?|officials?|experts?|analysts?|activists?|residents?|witnesses|estimates|assessments?|statements?|announcements?|sites?|websites?|outlets?|newspapers?)$")
            || words.Length == 1 && Regex.IsMatch(words[^1], "^(?:US|U\\.S\\.|American|Syrian|Iraqi|Afghan|Russian|Turkish|Iranian|Israeli|Kurdish|Egyptian|Arab|Western|Pakistani|Indian|Lebanese|Jordanian|Saudi|Yemeni|Libyan|Malian|Nigerian|Nigerien|Somali|Kenyan|Algerian|Philippine|European|French|British|German|Local|Official|Other|Several|Some|Many|Various)$");
        InlineSourceRecognizer.IsGeneric(name).Should().Be(expected);
    }

    [Fact]
    public void Generic_names_are_told_apart()
    {
        InlineSourceRecognizer.IsGeneric("Syrian media").Should().BeTrue();
        InlineSourceRecognizer.IsGeneric("Syrian").Should().BeTrue();
        InlineSourceRecognizer.IsGeneric("Syrian TV").Should().BeFalse();
    }
}
