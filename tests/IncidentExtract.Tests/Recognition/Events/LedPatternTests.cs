using System.Text.RegularExpressions;
using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Tests.Recognition.Events;

public class LedPatternTests
{
    private const string KillingPattern = @"\b(?:had |have |has )?kill(?:ed|ing) (?:\d+|five|a|the)\b|\btargeted\b";
    private static readonly Regex Killing = new(KillingPattern, RegexOptions.CultureInvariant);
    // The leads hold the optional opening ("had "): a match found from "kill" alone would start too late.
    private static readonly LedPattern KillingLed = new(Killing, new Regex(@"\G(?:" + KillingPattern + ")", RegexOptions.CultureInvariant),
        new LiteralGate(false, "had kill", "have kill", "has kill", "kill", "targeted"));

    private const string AttackPattern = @"\b(?:attack(?:ed)?|opened (?:\w+ )?fire)\b";
    private static readonly Regex Attack = new(AttackPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly LedPattern AttackLed = new(Attack, new Regex(@"\G(?:" + AttackPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new LiteralGate(true, "attack", "opened"));

    public static TheoryData<string> Sentences() => new()
    {
        "- Nineveh Province: On November 18, 2017, the Popular Mobilization (an umbrella framework of Shiite militias under the protection of Iran) announced that a force from the 29th Brigade of the Popular Mobilization had killed five ISIS operatives, thereby thwarting their attack against the Tel Sfouk border crossing between Iraq and Syria in northeastern Syria (Popular Mobilization website, November 18, 2017).",
        "- Kirkuk Province: On November 19, 2017, the Popular Mobilization announced that its forces, together with forces from the Iraqi Army’s 20th Division, had killed 12 ISIS operatives in the Al-Hawija District, around 58 km west of Kirkuk.",
        "In addition, Russian aircraft attacked Kafrnubl (Edlib Media Center – EMC, November 26, 2019).",
        "The fire thwarted ISIS attempts to attack the Iraqi security forces near the border and infiltrate into Iraq (Al-Hashed.",
        "Involvement of Russia and the United States",
        // A Kelvin sign reads as "k" to the case-insensitive pattern, not to the lead search: the pattern scans it itself.
        "In addition, Russian aircraft attac\u212Aed Kafrnubl (Edlib Media Center – EMC, November 26, 2019).",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Finds_the_matches_the_patterns_own_scan_finds(string sentence)
    {
        foreach (var (pattern, led) in new[] { (Killing, KillingLed), (Attack, AttackLed) })
        {
            led.IsMatch(sentence).Should().Be(pattern.IsMatch(sentence));
            var expected = new List<(int, int)>();
            foreach (var m in pattern.EnumerateMatches(sentence)) expected.Add((m.Index, m.Length));
            if (led.NeedsFullScan(sentence)) continue;
            var found = new List<(int, int)>();
            for (var at = 0; led.TryMatchFrom(sentence, at, out var index, out var length); at = index + length) found.Add((index, length));
            found.Should().Equal(expected);
            // With the leads' starts found by one gate pass for both patterns, as a unit's scan finds them.
            var starts = new LeadStarts(LiteralGate.HasCaseFoldOddity(sentence));
            LeadPass.Scan(sentence, starts);
            var bit = pattern == Killing ? 1UL : 2UL;
            led.IsMatch(sentence, starts, bit).Should().Be(pattern.IsMatch(sentence));
            var walked = new List<(int, int)>();
            for (var at = 0; led.TryMatchFrom(sentence, at, starts, bit, out var index, out var length); at = index + length) walked.Add((index, length));
            walked.Should().Equal(expected);
        }
    }

    private static readonly LiteralGateSet LeadPass = new([], [KillingLed.Leads, AttackLed.Leads]);

    [Theory]
    [InlineData("In addition, Russian aircraft attac\u212Aed Kafrnubl (Edlib Media Center – EMC, November 26, 2019).", true)]
    [InlineData("In addition, Russian aircraft attacked Kafrnubl (Edlib Media Center – EMC, November 26, 2019).", false)]
    public void A_case_insensitive_pattern_scans_texts_with_case_fold_oddities_itself(string sentence, bool expected)
    {
        AttackLed.NeedsFullScan(sentence).Should().Be(expected);
        AttackLed.NeedsFullScan(LiteralGate.HasCaseFoldOddity(sentence)).Should().Be(expected);
        // A case-sensitive pattern equates no such letters with ASCII ones.
        KillingLed.NeedsFullScan(sentence).Should().BeFalse();
    }

    [Fact]
    public void A_match_opening_with_an_optional_word_starts_at_that_word()
    {
        const string sentence = "- Kirkuk Province: On November 19, 2017, the Popular Mobilization announced that its forces, together with forces from the Iraqi Army’s 20th Division, had killed 12 ISIS operatives in the Al-Hawija District, around 58 km west of Kirkuk.";
        KillingLed.TryMatchFrom(sentence, 0, out var index, out var length).Should().BeTrue();
        sentence.Substring(index, length).Should().Be("had killed 12");
    }
}
