using System.Text.RegularExpressions;

namespace IncidentExtract.Recognition.Events;

/// <summary>
/// Why a sentence with trigger words is still not an incident: it tallies many events
/// ("more than 500 sorties over the past week"), speaks of intentions or the future
/// ("expected to carry out"), describes a trend ("increased its attacks"), or reports
/// propaganda, talks or appointments. The SPEC excludes all of these.
/// </summary>
public static partial class NonEventCues
{
    public static bool IsNonEvent(string sentence) => IsNonEvent(sentence, CueGates.Scan(sentence), gated: true);

    /// <summary>As <see cref="IsNonEvent(string)"/>, with the gate words already scanned (<see cref="EventTriggerRecognizer.ScanWords"/>).</summary>
    public static bool IsNonEvent(string sentence, GateWords words) => IsNonEvent(sentence, words.Cues, gated: true, words);

    /// <summary>With <paramref name="useGates"/> off every cue runs its own scan: the gates' test proves they never change a result.</summary>
    internal static bool IsNonEvent(string sentence, bool useGates) =>
        IsNonEvent(sentence, useGates ? CueGates.Scan(sentence) : ulong.MaxValue, gated: useGates);

    private static bool IsNonEvent(string sentence, ulong open, bool gated, GateWords words = default) =>
        ((open & AggregateGate) != 0 && (gated ? IsLedMatch(AggregateLed, AggregateGate, sentence, words) : Aggregate().IsMatch(sentence)))
        || ((!gated || HasGroupedNumber(sentence)) && AggregateCount().IsMatch(sentence))
        || ((open & HypotheticalGate) != 0 && (gated ? IsLedMatch(HypotheticalLed, HypotheticalGate, sentence, words) : Hypothetical().IsMatch(sentence)))
        || ((open & TrendGate) != 0 && (gated ? IsLedMatch(TrendLed, TrendGate, sentence, words) : Trend().IsMatch(sentence)))
        || ((open & CommunicationGate) != 0 && (gated ? IsLedMatch(CommunicationLed, CommunicationGate, sentence, words) : Communication().IsMatch(sentence)))
        || sentence.AsSpan().TrimEnd().EndsWith(':');

    // A cue's leads are numbered as its gate (see Leds): where the scan found them, the pattern is tried there only.
    private static bool IsLedMatch(LedPattern led, ulong cueGate, string sentence, GateWords words) =>
        words.Leads is { } starts ? led.IsMatch(sentence, starts, cueGate << words.CueLeadsFrom) : led.IsMatch(sentence);

    /// <summary>Tallies of many events ("SOHR has documented 207 operations … since early 2024").</summary>
    public static bool IsAggregate(string sentence) => IsAggregate(sentence, useGates: true);

    /// <summary>With <paramref name="useGates"/> off both patterns always run their own scans: the gates' test proves they never change a result.</summary>
    internal static bool IsAggregate(string sentence, bool useGates) => useGates
        ? AggregateLed.IsMatch(sentence) || (HasGroupedNumber(sentence) && AggregateCount().IsMatch(sentence))
        : Aggregate().IsMatch(sentence) || AggregateCount().IsMatch(sentence);

    // Every match of AggregateCount holds a number grouped by commas ("44,780"): a digit, a comma, a digit (any
    // script's digits, as \d reads them).
    private static bool HasGroupedNumber(string sentence)
    {
        var at = 0;
        while (sentence.AsSpan(at).IndexOf(',') is var next and >= 0)
        {
            at += next;
            if (at > 0 && char.IsDigit(sentence[at - 1]) && at + 1 < sentence.Length && char.IsDigit(sentence[at + 1])) return true;
            at++;
        }
        return false;
    }

    /// <summary>Fighting reported in many unnamed places at once ("in various areas north of Hama").</summary>
    public static bool IsScattered(string sentence) => IsScattered(sentence, useGates: true);

    internal static bool IsScattered(string sentence, bool useGates) => useGates ? ScatteredLed.IsMatch(sentence) : Scattered().IsMatch(sentence);

    private static readonly LedPattern ScatteredLed = new(Scattered(), ScatteredAt(), new(true, "in various", "in several", "in a number of", "in many"));

    private const string ScatteredPattern = @"\bin (?:various|several|a number of|many) (?:areas|places|regions|towns|villages)\b";

    [GeneratedRegex(ScatteredPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scattered();

    [GeneratedRegex(@"\G(?:" + ScatteredPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScatteredAt();

    /// <summary>Interviews, assessments, propaganda, talks: what a block that opens with one goes on about.</summary>
    public static bool IsCommunication(string sentence) => CommunicationLed.IsMatch(sentence);

    /// <summary>As <see cref="IsCommunication(string)"/>, with the gate words already scanned (<see cref="EventTriggerRecognizer.ScanWords"/>).</summary>
    public static bool IsCommunication(string sentence, GateWords words) => (words.Cues & CommunicationGate) != 0 && IsLedMatch(CommunicationLed, CommunicationGate, sentence, words);

    internal static bool IsCommunication(string sentence, bool useGates) => useGates ? IsCommunication(sentence) : Communication().IsMatch(sentence);

    /// <summary>What people said rather than did ("… said that …", "it should be noted"): ends an incident's run of continuation sentences.</summary>
    public static bool IsStatement(string sentence) => StatementLed.IsMatch(sentence);

    /// <summary>As <see cref="IsStatement(string)"/>, with the gate words already scanned (<see cref="EventTriggerRecognizer.ScanWords"/>).</summary>
    public static bool IsStatement(string sentence, GateWords words) => (words.Cues & StatementGate) != 0 && IsLedMatch(StatementLed, StatementGate, sentence, words);

    internal static bool IsStatement(string sentence, bool useGates) => useGates ? IsStatement(sentence) : Statement().IsMatch(sentence);

    // The words each cue pattern spells in every match (see LiteralGate): the regex runs only on texts holding one.
    // The counted forms ("more than 44,780", "1,200 square") are AggregateCount's, gated by their grouped number:
    // "over", "some" and "more than" alone would open this gate on most sentences.
    private static readonly LiteralGate AggregateWords = new(true, "since", "among those", "has documented", "statistics", "over the", "in the past", "in recent", "so far this",
        "sorties", "in various", "the month of", "population centers", "the number of", "in a series",
        "has been the target of", "series of");
    private static readonly LiteralGate HypotheticalWords = new(false, "will", "would", "may", "might", "could", "should", "expected to",
        "in preparation for", "possibility", "warn", "threat", "being carried out");
    private static readonly LiteralGate TrendWords = new(true, "increase", "intensified", "stepped up", "continue", "repeated", "carrying out",
        "faced", "fought", "lost", "suffered", "endured", "mop");
    // The verbs, not the nouns, of "released a video", "issued a statement": "report" alone is in most sentences.
    private static readonly LiteralGate CommunicationWords = new(true, "released", "published", "issued", "aired", "infographic", "poster",
        "leaflet", "allegiance", "negotiat", "appointed", "demonstrat", "talks", "congratulat", "speech", "declared in",
        "assessment", "modus operandi", "tactics", "fighting plan", "was based on");
    private static readonly LiteralGate StatementWords = new(true, "declar", "said", "stated", "noted", "added", "expressed", "claim",
        "stressed", "boasted", "assessment");
    // Each of the two patterns must end where the trigger starts ("attempts to ", "a unit that "): before a
    // trigger most windows spell none of Intention's words and end in none of Background's last words.
    private static readonly LiteralGate IntentionWords = new(true, "aim of", "in order to", "attempt", "tried to", "trying to", "intend", "plan",
        "purpose", "so as to", "campaign");
    // One pass answers all six gates; the bits follow the order given. Intention's rides along so that a sentence
    // spelling none of its words has none of its trigger windows searched for them.
    internal static readonly LiteralGate[] Gates = [AggregateWords, HypotheticalWords, TrendWords, CommunicationWords, StatementWords, IntentionWords];
    private static readonly LiteralGateSet CueGates = new(Gates);
    private const ulong AggregateGate = 1, HypotheticalGate = 2, TrendGate = 4, CommunicationGate = 8, StatementGate = 16, IntentionGate = 32;

    // Where each cue's matches begin (see LedPattern), which its gate's words need not be ("the month of" in "during the month of").
    private static readonly LedPattern AggregateLed = new(Aggregate(), AggregateAt(), new(true, "since", "among those", "has documented", "statistics",
        "over the", "in the past", "in recent", "so far this", "sorties", "in various", "during the month of", "in the month of", "population centers",
        "the number of", "the second", "the third", "the fourth", "the fifth", "the latest", "has been the target of", "series of"));
    private static readonly LedPattern HypotheticalLed = new(Hypothetical(), HypotheticalAt(), new(false, "will", "would", "may", "might", "could", "should",
        "is expected to", "are expected to", "was expected to", "were expected to", "in preparation for", "possibility", "warn", "threat", "being carried out"));
    private static readonly LedPattern TrendLed = new(Trend(), TrendAt(), new(true, "increase", "intensified", "stepped up", "continue", "repeated",
        "attacks", "clashes", "fighting", "battles", "activit", "operations", "carrying out", "has faced", "has fought", "has lost", "has suffered",
        "has endured", "have faced", "have fought", "have lost", "have suffered", "have endured", "mopping up", "mop up", "are mopping"));
    private static readonly LedPattern StatementLed = new(Statement(), StatementAt(), new(true, "declar", "said", "stated", "noted", "added",
        "expressed", "claim", "stressed", "boasted", "in the ITIC", "it should be noted"));
    private static readonly LedPattern CommunicationLed = new(Communication(), CommunicationAt(), new(true, "released", "published", "issued", "aired",
        "infographic", "leaflet", "poster", "pledg", "negotiat", "appointed", "demonstrat", "talks", "congratulat", "in his speech", "in her speech",
        "declared in", "assessment", "modus operandi", "tactics", "fighting plan", "was based on"));
    // The cues' leads in the order of their gates, so a cue's gate bit is also its lead bit (see IsLedMatch).
    internal static readonly LedPattern[] Leds = [AggregateLed, HypotheticalLed, TrendLed, CommunicationLed, StatementLed];

    private static readonly string[] BackgroundEndings = ["that ", "which ", "who ", "had ", "after ", "before ", "during ", "the "];

    /// <summary>A trigger inside an intention ("with the aim of capturing", "attempts to attack") is not an event.</summary>
    public static bool IsIntended(string sentence, int triggerStart) => IsIntended(sentence, triggerStart, useGates: true);

    /// <summary>As <see cref="IsIntended(string, int)"/>, with the sentence's gate words already scanned
    /// (<see cref="EventTriggerRecognizer.ScanWords"/>): a window of a sentence that spells no intention word spells none either.</summary>
    public static bool IsIntended(string sentence, int triggerStart, GateWords words) =>
        IsIntended(sentence, triggerStart, useGates: true, sentenceMayIntend: (words.Cues & IntentionGate) != 0);

    /// <summary>With <paramref name="useGates"/> off both patterns always run: the gates' test proves they never change a result.</summary>
    internal static bool IsIntended(string sentence, int triggerStart, bool useGates, bool sentenceMayIntend = true)
    {
        int from = Math.Max(0, triggerStart - 40);
        var before = sentence.AsSpan(from, triggerStart - from);
        return ((!useGates || (sentenceMayIntend && IntentionWords.MayMatch(before))) && Intention().IsMatch(before))
            || ((!useGates || MayEndBackground(before)) && Background().IsMatch(before));
    }

    // Background's $ also matches before a closing line feed, and a case-insensitive pattern reads a few
    // non-ASCII letters as ASCII ones: such windows go to the pattern.
    private static bool MayEndBackground(ReadOnlySpan<char> before)
    {
        if (before.IsEmpty) return false;
        if (before[^1] == '\n' || LiteralGate.HasCaseFoldOddity(before)) return true;
        foreach (var ending in BackgroundEndings)
            if (before.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private const string AggregatePattern = @"\bsince the beginning\b|\bamong those\b|\bsince (?:early|late|mid-?)? ?(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\b|\bhas documented\b|\bstatistics\b|\bover the (?:past|last) (?:\w+ )?(?:week|weeks|month|months|year|years|two)\b|\bin the past (?:week|month|year|two)\b|\bin recent (?:months|weeks)\b|\bso far this\b|\bsorties\b|\bin various (?:areas|places|regions)\b|\b(?:during|in) the month of\b|\bpopulation centers\b|\bthe number of\b|\bthe (?:second|third|fourth|fifth|latest) in a series\b|\bhas been the target of\b|\bseries of (?:terrorist |suicide )?(?:attacks|bombing attacks)\b";

    [GeneratedRegex(AggregatePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aggregate();

    [GeneratedRegex(@"\G(?:" + AggregatePattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AggregateAt();

    // The tallies Aggregate leaves out: "more than 44,780", "some 1,200", "over 2,000", "10,000 square (kilometers)".
    [GeneratedRegex(@"\b\d{1,3}(?:,\d{3})+ square\b|\b(?:more than|over|some) \d{1,3}(?:,\d{3})+\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AggregateCount();

    // Lower-case modals only: "May 17" is a date, "may" a modal.
    private const string HypotheticalPattern = @"\b(?:will|would|may|might|could|should)\b|\b(?:is|are|was|were) expected to\b|\bin preparation for\b|\bpossibility\b|\bwarn(?:ed|s)?\b|\bthreat(?:en|ens|ened|ening)\b|\bbeing carried out\b";

    [GeneratedRegex(HypotheticalPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"\G(?:" + HypotheticalPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex HypotheticalAt();

    private const string TrendPattern = @"\b(?:increased|intensified|stepped up|continue[sd]? (?:to|their|its))\b(?! control)|\bincrease in\b|\brepeated\b|\b(?:attacks|clashes|fighting|battles|activit(?:y|ies)|operations)\b[^.;:]{0,60}\bcontinued\b|\bcarrying out (?:\w+ )?(?:ambushes|attacks|operations)\b|\b(?:has|have) (?:faced|fought|lost|suffered|endured)\b|\bmopping up\b|\bmop up (?:the desert|the city)\b|\bare mopping\b";

    [GeneratedRegex(TrendPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trend();

    [GeneratedRegex(@"\G(?:" + TrendPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrendAt();

    private const string CommunicationPattern = @"\b(?:released|published|issued|aired) (?:\w+ ){0,2}(?:photos?|videos?|an? interview|an? infographic|a poster|a statement|a report)\b|\binfographic\b|\bleaflets?\b|\bposter\b|\bpledg(?:e|ed|ing) allegiance\b|\bnegotiat\w*\b|\bappointed\b|\bdemonstrat(?:ion|ions|ors)\b|\btalks\b|\bcongratulat\w*\b|\bin (?:his|her) speech\b|\bdeclared in\b|\bassessment\b|\bmodus operandi\b|\btactics\b|\bfighting plan\b|\bwas based on\b";

    [GeneratedRegex(CommunicationPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Communication();

    [GeneratedRegex(@"\G(?:" + CommunicationPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommunicationAt();

    private const string StatementPattern = @"\b(?:declar\w*|declaration|said|stated|noted|added|expressed|claims? that|stressed|boasted|in the ITIC’s assessment|it should be noted)\b";

    [GeneratedRegex(StatementPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Statement();

    [GeneratedRegex(@"\G(?:" + StatementPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatementAt();

    /// <summary>
    /// A trigger inside a relative clause that describes someone by a past deed is background:
    /// "a unit that attacked ISIS", "operatives who had fled after the takeover of Al-Hawija".
    /// </summary>
    [GeneratedRegex(@"\b(?:unit|force|forces|group|brigade|organization|militia|man|men|officer|operatives?|fighters?) (?:that|which|who) (?:had )?$|\b(?:who|that|which) had \w+ (?:after|before|during) (?:the )?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Background();

    [GeneratedRegex(@"\b(?:aim of|in order to|attempts? to|attempted to|tried to|trying to|intend(?:s|ed)? to|plan(?:s|ned)? to|intended to|purpose (?:of|was) (?:the operation was )?to|so as to|campaign (?:for|to))\s+(?:\w+\s+){0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Intention();
}
