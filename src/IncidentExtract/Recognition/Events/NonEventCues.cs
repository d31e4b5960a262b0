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
    public static bool IsNonEvent(string sentence) => IsNonEvent(sentence, CueGates.Scan(sentence), gateCounts: true);

    /// <summary>As <see cref="IsNonEvent(string)"/>, with the gate words already scanned (<see cref="EventTriggerRecognizer.ScanWords"/>).</summary>
    public static bool IsNonEvent(string sentence, GateWords words) => IsNonEvent(sentence, words.Cues, gateCounts: true);

    /// <summary>With <paramref name="useGates"/> off every cue runs: the gates' test proves they never change a result.</summary>
    internal static bool IsNonEvent(string sentence, bool useGates) =>
        IsNonEvent(sentence, useGates ? CueGates.Scan(sentence) : ulong.MaxValue, gateCounts: useGates);

    private static bool IsNonEvent(string sentence, ulong open, bool gateCounts) =>
        ((open & AggregateGate) != 0 && Aggregate().IsMatch(sentence))
        || ((!gateCounts || HasGroupedNumber(sentence)) && AggregateCount().IsMatch(sentence))
        || ((open & HypotheticalGate) != 0 && Hypothetical().IsMatch(sentence))
        || ((open & TrendGate) != 0 && Trend().IsMatch(sentence))
        || ((open & CommunicationGate) != 0 && Communication().IsMatch(sentence))
        || sentence.TrimEnd().EndsWith(':');

    /// <summary>Tallies of many events ("SOHR has documented 207 operations … since early 2024").</summary>
    public static bool IsAggregate(string sentence) => IsAggregate(sentence, useGates: true);

    /// <summary>With <paramref name="useGates"/> off both patterns always run: the gates' test proves they never change a result.</summary>
    internal static bool IsAggregate(string sentence, bool useGates) =>
        ((!useGates || AggregateWords.MayMatch(sentence)) && Aggregate().IsMatch(sentence))
        || ((!useGates || HasGroupedNumber(sentence)) && AggregateCount().IsMatch(sentence));

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

    internal static bool IsScattered(string sentence, bool useGates) => (!useGates || ScatteredWords.MayMatch(sentence)) && Scattered().IsMatch(sentence);

    private static readonly LiteralGate ScatteredWords = new(true, "various", "several", "a number of", "many");

    [GeneratedRegex(@"\bin (?:various|several|a number of|many) (?:areas|places|regions|towns|villages)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scattered();

    /// <summary>Interviews, assessments, propaganda, talks: what a block that opens with one goes on about.</summary>
    public static bool IsCommunication(string sentence) => CommunicationWords.MayMatch(sentence) && Communication().IsMatch(sentence);

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
    // One pass answers all four gates; the bits follow the order given.
    internal static readonly LiteralGate[] Gates = [AggregateWords, HypotheticalWords, TrendWords, CommunicationWords];
    private static readonly LiteralGateSet CueGates = new(Gates);
    private const ulong AggregateGate = 1, HypotheticalGate = 2, TrendGate = 4, CommunicationGate = 8;

    /// <summary>A trigger inside an intention ("with the aim of capturing", "attempts to attack") is not an event.</summary>
    public static bool IsIntended(string sentence, int triggerStart)
    {
        int from = Math.Max(0, triggerStart - 40);
        var before = sentence.AsSpan(from, triggerStart - from);
        return Intention().IsMatch(before) || Background().IsMatch(before);
    }

    [GeneratedRegex(@"\bsince the beginning\b|\bamong those\b|\bsince (?:early|late|mid-?)? ?(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\b|\bhas documented\b|\bstatistics\b|\bover the (?:past|last) (?:\w+ )?(?:week|weeks|month|months|year|years|two)\b|\bin the past (?:week|month|year|two)\b|\bin recent (?:months|weeks)\b|\bso far this\b|\bsorties\b|\bin various (?:areas|places|regions)\b|\b(?:during|in) the month of\b|\bpopulation centers\b|\bthe number of\b|\bthe (?:second|third|fourth|fifth|latest) in a series\b|\bhas been the target of\b|\bseries of (?:terrorist |suicide )?(?:attacks|bombing attacks)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aggregate();

    // The tallies Aggregate leaves out: "more than 44,780", "some 1,200", "over 2,000", "10,000 square (kilometers)".
    [GeneratedRegex(@"\b\d{1,3}(?:,\d{3})+ square\b|\b(?:more than|over|some) \d{1,3}(?:,\d{3})+\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AggregateCount();

    // Lower-case modals only: "May 17" is a date, "may" a modal.
    [GeneratedRegex(@"\b(?:will|would|may|might|could|should)\b|\b(?:is|are|was|were) expected to\b|\bin preparation for\b|\bpossibility\b|\bwarn(?:ed|s)?\b|\bthreat(?:en|ens|ened|ening)\b|\bbeing carried out\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"\b(?:increased|intensified|stepped up|continue[sd]? (?:to|their|its))\b(?! control)|\bincrease in\b|\brepeated\b|\b(?:attacks|clashes|fighting|battles|activit(?:y|ies)|operations)\b[^.;:]{0,60}\bcontinued\b|\bcarrying out (?:\w+ )?(?:ambushes|attacks|operations)\b|\b(?:has|have) (?:faced|fought|lost|suffered|endured)\b|\bmopping up\b|\bmop up (?:the desert|the city)\b|\bare mopping\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trend();

    [GeneratedRegex(@"\b(?:released|published|issued|aired) (?:\w+ ){0,2}(?:photos?|videos?|an? interview|an? infographic|a poster|a statement|a report)\b|\binfographic\b|\bleaflets?\b|\bposter\b|\bpledg(?:e|ed|ing) allegiance\b|\bnegotiat\w*\b|\bappointed\b|\bdemonstrat(?:ion|ions|ors)\b|\btalks\b|\bcongratulat\w*\b|\bin (?:his|her) speech\b|\bdeclared in\b|\bassessment\b|\bmodus operandi\b|\btactics\b|\bfighting plan\b|\bwas based on\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Communication();

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
