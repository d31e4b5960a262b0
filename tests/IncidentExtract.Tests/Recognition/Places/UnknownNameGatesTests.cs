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
        UnknownNameGates.MayNameSettlement(sentence).Should().Be(may);
        CuePatterns.NamedSettlement().IsMatch(sentence).Should().Be(may);
    }

    [Theory]
    [InlineData("The photos show the Sheikh Abd al-Hassib training camp in Kunar (a province located east of Kabul, near the border with Pakistan).", false)]
    [InlineData("In addition, the Syrian army fired at the southern Aleppo region, in response to the violations on the part of the rebel organizations in the area (Al-Ikhbariya al-Suriya channel, February 5, 2019).", false)]
    [InlineData("Iranian Shiite militias firing at ISIS targets in the Al-Baghouz area", true)]
    public void A_feature_kind_needs_a_capitalised_word_before_it(string sentence, bool may)
    {
        UnknownNameGates.MayNameFeature(sentence).Should().Be(may);
        CuePatterns.NamedFeature().IsMatch(sentence).Should().Be(may);
    }

    private static IEnumerable<string> ReportFiles() =>
        new[] { Path.Combine(GoldPlaceCheckTests.RepoRoot, "samples"), "/work/shared/seeds" }
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal));

    public static TheoryData<string> Reports() => new(ReportFiles());

    /// <summary>Over every line of the reports, as written and masked, and every window the gates may see: a gate says
    /// no only where its pattern finds nothing.</summary>
    [Theory]
    [MemberData(nameof(Reports))]
    public void A_gate_says_no_only_where_its_pattern_finds_nothing(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            foreach (var text in new[] { line, PlaceResolver.MaskParentheticals(line) })
            {
                if (CuePatterns.NamedSettlement().IsMatch(text)) UnknownNameGates.MayNameSettlement(text).Should().BeTrue(text);
                if (CuePatterns.NamedFeature().IsMatch(text)) UnknownNameGates.MayNameFeature(text).Should().BeTrue(text);
            }
        }
    }

    [Fact]
    public void The_reports_hold_lines_each_gate_lets_through_and_lines_it_turns_away()
    {
        var lines = ReportFiles().SelectMany(File.ReadLines).ToList();
        lines.Should().Contain(l => CuePatterns.NamedSettlement().IsMatch(l));
        lines.Should().Contain(l => CuePatterns.NamedFeature().IsMatch(l));
        lines.Should().Contain(l => l.Contains("city", StringComparison.Ordinal) && !UnknownNameGates.MayNameSettlement(l));
        lines.Should().Contain(l => l.Contains("area", StringComparison.Ordinal) && !UnknownNameGates.MayNameFeature(l));
    }
}
