using IncidentExtract.Recognition.Citations;
using IncidentExtract.Tests.Pipeline;

namespace IncidentExtract.Tests.Recognition.Citations;

/// <summary>The shortcuts of the citation readers (a month name before the date pattern, one search for all reporting verbs).</summary>
public class CitationSearchTests
{
    // a parenthetical's content (verbatim from the seed reports), the sources read from it as "name|yyyy-MM-dd"
    [Theory]
    [InlineData("14 dead, 18 wounded")]
    [InlineData("23 dead")]
    [InlineData("the Iraqi Shiite militias affiliated with Iran")]
    [InlineData("Al-Sumaria News, February 1, 2019", "Al-Sumaria News|2019-02-01")]
    [InlineData("TOLO News; Anatolia News Agency; Khaama Press, November 16, 2019",
        "TOLO News|2019-11-16", "Anatolia News Agency|2019-11-16", "Khaama Press|2019-11-16")]
    [InlineData("Al-Sham Province, Aleppo area, February 1, 2019", "Al-Sham Province|2019-02-01")]
    public void Reads_dated_sources_and_nothing_without_a_month_name(string content, params string[] expected) =>
        CitationParser.ParseSources(content).Select(s => $"{s.Name}|{s.Date:yyyy-MM-dd}").Should().Equal(expected);

    // Two seed sentences, the later verb of the list ("reported") after the earlier one ("confirmed"): both names, in text order.
    [Fact]
    public void Finds_reporters_of_every_verb_in_text_order()
    {
        const string text = "Al-Ahmad confirmed that ISIS launched an attack at noon on May 17 on positions belonging to the Russian-backed Fifth Corps on the Damascus-Deir Al-Zour Road near the Kabajib area. "
            + "The Syrian Observatory for Human Rights reported that exchanges of artillery fire and clashes had taken place between the Syrian army (and the jihadi organizations) in various areas north of Hama.";
        new InlineSourceRecognizer().Recognize(text).Select(s => s.Name).Should().Equal("Al-Ahmad", "Syrian Observatory for Human Rights");
    }

    // "announced on Twitter" is read only where a platform is named; " on " alone is not enough.
    [Theory]
    [InlineData("It announced on Twitter: \"A force from the PMF's 23rd Brigade has foiled an infiltration operation by the remnants of ISIS in the village of Ali Al-Sadoun in the Khaniqin district.", "Twitter")]
    [InlineData("ISIS launched an attack at noon on May 17 on positions belonging to the Russian-backed Fifth Corps.")]
    public void Reads_a_platform_only_where_one_is_named(string text, params string[] expected) =>
        new InlineSourceRecognizer().Recognize(text).Select(s => s.Name).Should().Equal(expected);

    // text before a reporting verb (from the seed reports), whether a name may end there
    [Theory]
    [InlineData("The Syrian Observatory for Human Rights", true)]
    [InlineData("The official Syrian Arab News Agency (SANA)", true)]
    [InlineData("IranWire correspondent Umar Al-Ahmad", true)]
    [InlineData("It was", false)]
    [InlineData("Afghan media", false)]
    [InlineData("the Ministry of", true)]
    [InlineData("Deir ez-Zor 24", false)]
    [InlineData("ISIS\n", true)]
    public void Skips_the_name_pattern_only_where_it_cannot_end(string before, bool expected) =>
        InlineSourceRecognizer.MayEndName(before, 0, before.Length).Should().Be(expected);

    // Wherever the shortcut says no, the pattern finds no name: at every space of the seed reports.
    [Fact]
    public void Never_skips_a_name_the_pattern_would_find()
    {
        var skipped = 0;
        foreach (var line in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.txt").SelectMany(File.ReadLines))
        {
            for (var at = line.IndexOf(' '); at > 0; at = line.IndexOf(' ', at + 1))
            {
                var windowStart = Math.Max(0, at - 120);
                if (InlineSourceRecognizer.MayEndName(line, windowStart, at)) continue;
                skipped++;
                InlineSourceRecognizer.ReporterName().Match(line, windowStart, at - windowStart).Success.Should().BeFalse(line[windowStart..at]);
            }
        }
        skipped.Should().BeGreaterThan(1000);
    }
}
