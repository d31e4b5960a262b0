using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Tests.Recognition.Places;

/// <summary>The cheap tests before the named-settlement and named-feature patterns, against the patterns themselves.</summary>
public class UnknownNameGatesTests
{
    [Theory]
    [InlineData("Two days earlier, the Iraqi army took over the city of Rawa, the last stronghold of the Islamic State in Iraq (November 17, 2017).", true)]
    // "the city" with no "of" and a name after it
    [InlineData("While ISIS operatives in Albukamal put up a fierce battle (which lasted nearly two weeks), ISIS did not display significant resistance in Rawa (the city was taken over within a few hours).", false)]
    public void A_settlement_kind_needs_of_and_a_name_after_it(string sentence, bool may)
    {
        (UnknownNameGates.FirstSettlementFrom(sentence) >= 0).Should().Be(may);
        CuePatterns.NamedSettlement().IsMatch(sentence).Should().Be(may);
    }

    [Theory]
    [InlineData("The photos show the Sheikh Abd al-Hassib training camp in Kunar (a province located east of Kabul, near the border with Pakistan).", false)]
    [InlineData("In addition, the Syrian army fired at the southern Aleppo region, in response to the violations on the part of the rebel organizations in the area (Al-Ikhbariya al-Suriya channel, February 5, 2019).", false)]
    [InlineData("Iranian Shiite militias firing at ISIS targets in the Al-Baghouz area", true)]
    public void A_feature_kind_needs_a_capitalised_word_before_it(string sentence, bool may)
    {
        (UnknownNameGates.FirstFeatureFrom(sentence) >= 0).Should().Be(may);
        CuePatterns.NamedFeature().IsMatch(sentence).Should().Be(may);
    }

    private static IEnumerable<string> ReportFiles() =>
        new[] { Path.Combine(GoldPlaceCheckTests.RepoRoot, "samples"), "/work/shared/seeds" }
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal));

    public static TheoryData<string> Reports() => new(ReportFiles());

    /// <summary>Over every line of the reports, as written and masked, and over whole reports: a gate says no only where
    /// its pattern finds nothing, and the search from where it says the first match may start finds the same matches.</summary>
    [Theory]
    [MemberData(nameof(Reports))]
    public void A_search_from_the_gate_finds_every_match_of_the_pattern(string file)
    {
        var texts = File.ReadLines(file).SelectMany(line => new[] { line, PlaceResolver.MaskParentheticals(line) }).ToList();
        var report = File.ReadAllText(file);
        texts.Add(report);
        texts.Add(PlaceResolver.MaskParentheticals(report));
        foreach (var text in texts)
        {
            SameMatches(CuePatterns.NamedSettlement(), text, UnknownNameGates.FirstSettlementFrom(text));
            SameMatches(CuePatterns.NamedFeature(), text, UnknownNameGates.FirstFeatureFrom(text));
        }
    }

    private static void SameMatches(System.Text.RegularExpressions.Regex pattern, string text, int from)
    {
        var all = pattern.Matches(text).Select(m => (m.Index, m.Value)).ToList();
        if (from < 0)
        {
            all.Should().BeEmpty(text);
            return;
        }
        pattern.Matches(text, from).Select(m => (m.Index, m.Value)).Should().Equal(all, text);
    }

    [Fact]
    public void The_reports_hold_lines_each_gate_lets_through_and_lines_it_turns_away()
    {
        var lines = ReportFiles().SelectMany(File.ReadLines).ToList();
        lines.Should().Contain(l => CuePatterns.NamedSettlement().IsMatch(l));
        lines.Should().Contain(l => CuePatterns.NamedFeature().IsMatch(l));
        lines.Should().Contain(l => l.Contains("city", StringComparison.Ordinal) && UnknownNameGates.FirstSettlementFrom(l) < 0);
        lines.Should().Contain(l => l.Contains("area", StringComparison.Ordinal) && UnknownNameGates.FirstFeatureFrom(l) < 0);
        // The search starts past the start of a line with a match, so it reads less than the whole line.
        lines.Should().Contain(l => UnknownNameGates.FirstSettlementFrom(l) > 0 && CuePatterns.NamedSettlement().IsMatch(l));
        lines.Should().Contain(l => UnknownNameGates.FirstFeatureFrom(l) > 0 && CuePatterns.NamedFeature().IsMatch(l));
    }
}
