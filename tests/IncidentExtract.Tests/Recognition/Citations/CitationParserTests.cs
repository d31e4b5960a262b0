using IncidentExtract.Recognition.Citations;

namespace IncidentExtract.Tests.Recognition.Citations;

public class CitationParserTests
{
    private readonly CitationParser _parser = new();

    /// <summary>Sources written "Name@yyyy-MM-dd" ("Name@yyyy-MM" for a month-only date), in order.</summary>
    [Theory]
    [InlineData("Three SDF fighters were wounded (Telegram, November 23, 2019).", "Telegram@2019-11-23")]
    [InlineData("The soldiers in the tank were killed or wounded (Telegram, November 21, 2019; Shahed Sinaa, November 22, 2019).",
        "Telegram@2019-11-21", "Shahed Sinaa@2019-11-22")]
    [InlineData("exceeds 615 (TOLO News; Anatolia News Agency; Khaama Press, November 16, 2019).",
        "TOLO News@2019-11-16", "Anatolia News Agency@2019-11-16", "Khaama Press@2019-11-16")]
    [InlineData("three soldiers, two of them officers, were killed in the blast, and 12 others were wounded (Enab Baladi, a news website affiliated with the rebel organizations, November 25, 2019).",
        "Enab Baladi@2019-11-25")]
    [InlineData("Two operatives of the Army of Glory were killed and six others were wounded in one of the airstrikes (Khotwa, affiliated with the rebel organizations, November 23, 2019).",
        "Khotwa@2019-11-23")]
    [InlineData("southeast of Albukamal, near the border with Iraq) (IWN@A7_Mirza Twitter account of the IWN news website, probably affiliated with the Iranian Revolutionary Guards, February 1, 2019).",
        "IWN@A7_Mirza Twitter account of the IWN news website@2019-02-01")]
    [InlineData("According to the announcement, several SDF fighters were wounded (Al-Sham Province, Aleppo area, February 1, 2019).",
        "Al-Sham Province@2019-02-01")]
    [InlineData("the operation would continue until “the last of the terrorist operatives dies” (Ahval, a Turkish news website, February 1, 2019).",
        "Ahval@2019-02-01")]
    [InlineData("ISIS fighters, equipment and weapons were hit in the airstrike (Facebook page of the Russian Ministry of Defense, November 15, 17, 18, 2017).",
        "Facebook page of the Russian Ministry of Defense@2017-11-15")]
    [InlineData("The fire thwarted ISIS attempts to attack the Iraqi security forces near the border and infiltrate into Iraq (Al-Hashed.net Popular Mobilization website, February 2 and 3, 2019).",
        "Al-Hashed.net Popular Mobilization website@2019-02-02")]
    [InlineData("released a video showing ISIS operatives during clashes with the Iraqi security forces (Haqq; file-sharing website, November 2017).",
        "Haqq@2017-11")]
    [InlineData("ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraq – Dijla Province, February 4, 2019).",
        "Iraq – Dijla Province@2019-02-04")]
    [InlineData("In addition, Russian aircraft attacked Kafrnubl (Edlib Media Center – EMC, November 26, 2019).",
        "Edlib Media Center – EMC@2019-11-26")]
    [InlineData("Such threats on the part of ISIS were reportedly also made in the past (Deir ez-Zor 24, November 27, 2019).",
        "Deir ez-Zor 24@2019-11-27")]
    [InlineData("the results of the checks will be published upon completion of the process (Hindustan Times; Khaama Press, November 25, 2019).",
        "Hindustan Times@2019-11-25", "Khaama Press@2019-11-25")]
    [InlineData("The Kurdish forces published their names and their countries of origin: Russia, Germany, Sweden, America (probably meaning the United States), Turkey and Morocco (YPG website ypgrojava.org, February 2, 2019).",
        "YPG website ypgrojava.org@2019-02-02")]
    [InlineData("(Edlib Media Center – EMC, November 26, 2019)", "Edlib Media Center – EMC@2019-11-26")]
    [InlineData("this week, the Iraqi security forces continued their counterterrorism activities (al-hashed.net, November 22, 2019).",
        "al-hashed.net@2019-11-22")]
    [InlineData("(Telegram, November 21, 2019; Shahed Sinaa)", "Telegram@2019-11-21", "Shahed Sinaa@2019-11-21")]  // constructed: a trailing name takes the last date
    [InlineData("(Telegram, November 23)", "Telegram@none")]  // constructed: no year, the report period must supply it
    public void Reads_sources_and_dates(string text, params string[] expected)
    {
        var sources = _parser.Parse(text).SelectMany(c => c.Sources).Select(Describe);
        sources.Should().Equal(expected);
    }

    /// <summary>Parentheses that name no source, including a bare date (an event date, not a source date): nothing is returned.</summary>
    [Theory]
    [InlineData("While ISIS operatives in Albukamal put up a fierce battle (which lasted nearly two weeks), ISIS did not display significant resistance in Rawa (the city was taken over within a few hours).")]
    [InlineData("Over the past two months, ISIS’s Khorasan Province (Afghanistan/Pakistan) has carried out four mass-casualty suicide bombing attacks in the capital Kabul.")]
    [InlineData("In the area of Deir ez-Zor, the US army in cooperation with the Kurds (SDF) carried out an extensive operation against ISIS")]
    [InlineData("The latest attack took place this week at a hotel in Kabul where Jamaat-e-Islami, the oldest political party in Afghanistan, was holding a conference (14 dead, 18 wounded).")]
    [InlineData("On the other hand, the Turkish presidential spokesperson (February 4, 2019) announced that Turkey and Russia had reached agreement on the roadmap for Manbij")]
    [InlineData("Map of the control areas in the southeastern part of the Idlib region (updated to November 25, 2019).")]
    [InlineData("ISIS published an infographic summing up its activity during the month of Ramadan (May 26 to June 24, 2017).")]
    public void Ignores_parentheses_that_are_not_citations(string text)
    {
        _parser.Parse(text).Should().BeEmpty();
    }

    [Fact]
    public void Reports_the_span_of_the_parentheses()
    {
        const string text = "He was killed (Telegram, November 20, 2019).";
        var citation = _parser.Parse(text).Should().ContainSingle().Subject;
        text.Substring(citation.Start, citation.Length).Should().Be("(Telegram, November 20, 2019)");
    }

    // Parentheses nested deeper than the parser keeps on its stack (a seed citation inside them), and the
    // seed's own nesting: "(… (SDF) …)" pairs as a stack pairs it.
    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Pairs_parentheses_nested_at_any_depth(int depth)
    {
        var text = "He was killed " + new string('(', depth) + "Telegram, November 20, 2019" + new string(')', depth) + ".";
        var citation = _parser.Parse(text).Should().ContainSingle().Subject;
        text.Substring(citation.Start, citation.Length).Should().Be("(Telegram, November 20, 2019)");
        citation.Sources.Select(Describe).Should().Equal("Telegram@2019-11-20");
    }

    private static string Describe(SourceRef s) =>
        s.Name + "@" + (s.Date is { } d ? d.ToString(s.MonthOnly ? "yyyy-MM" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "none");
}
