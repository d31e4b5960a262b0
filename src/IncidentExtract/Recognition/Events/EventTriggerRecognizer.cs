using System.Text.RegularExpressions;

namespace IncidentExtract.Recognition.Events;

/// <summary>
/// A word or phrase that tells a violent event or security operation happened, with the event
/// type it signals. Weak triggers ("killing five operatives", "targeted") make an incident only
/// when nothing stronger names the event.
/// </summary>
public readonly record struct EventTrigger(EventType Type, int Start, int Length, bool Weak = false);

/// <summary>Which gates a sentence opens (see <see cref="LiteralGateSet"/>): the trigger patterns' and the non-event cues'.</summary>
public readonly record struct GateWords(ulong Triggers, ulong Cues)
{
    /// <summary>Where the leads of the trigger patterns (bits from 0) and of the cues (bits from <see cref="CueLeadsFrom"/>)
    /// start in the sentence, found by the same pass; none when the words were not scanned by <see cref="EventTriggerRecognizer.ScanWords"/>.</summary>
    internal LeadStarts? Leads { get; init; }

    /// <summary>The bit of the first cue's leads in <see cref="Leads"/>.</summary>
    internal int CueLeadsFrom { get; init; }
}

/// <summary>
/// Finds event triggers in a sentence. One source-generated pattern per event type; one pass of
/// the patterns' word gates (<see cref="LiteralGateSet"/>) skips the patterns a sentence cannot match.
/// </summary>
public sealed partial class EventTriggerRecognizer
{
    // Each pattern comes with the words every one of its matches spells (see LiteralGate): most
    // sentences hold a trigger word of some kind, but only a few of each kind's. A word as common as
    // "over" is gated with what the pattern puts before it ("took over"). Each pattern is tried only where
    // one of its leads starts (see LedPattern): the words every match begins with, which the gate's words
    // need not be ("opened … fire"); its own scan stops at nearly every word, its first letters being most letters.
    private readonly (EventType Type, bool Weak, Regex Pattern, LiteralGate Gate, LedPattern? Led)[] _patterns =
    [
        (EventType.SuicideBombing, false, SuicideBombing(), new(true, "suicide", "blew", "blown"), new LedPattern(SuicideBombing(), SuicideBombingAt(), new(true, "suicide", "blew", "blown"))),
        (EventType.Bombing, false, Bombing(), new(false, "IED", "explosive device", "bomb", "booby-trapped", "detonat", "explosion", "blast"), new LedPattern(Bombing(), BombingAt(), new(false, "IED", "improvised explosive device", "car bomb", "explosive device", "roadside bomb", "sticky bomb", "booby-trapped", "detonat", "explosion", "blast", "bombing"))),
        (EventType.Airstrike, false, Airstrike(), new(true, "strike", "aerial", "barrel bomb", "fighter jets", "planes", "aircraft", "drone", "helicopters", "bombers", "air force", "air support"), new LedPattern(Airstrike(), AirstrikeAt(), new(true, "air strike", "airstrike", "aerial", "barrel bomb", "fighter jets", "planes", "aircraft", "warplanes", "drone", "helicopters", "bombers", "air force", "attacked by", "with air support by"))),
        (EventType.Shelling, false, Shelling(), new(true, "rocket", "missile", "mortar", "shell", "artillery", "fired at the"), new LedPattern(Shelling(), ShellingAt(), new(true, "fired", "launched", "launching", "firing", "fire of", "rocket fire", "mortar", "artillery", "shell"))),
        (EventType.Execution, false, Execution(), new(true, "execut", "behead"), new LedPattern(Execution(), ExecutionAt(), new(true, "execut", "behead"))),
        (EventType.Clash, false, Clash(), new(true, "clash", "exchang", "fierce", "fighting", "battle", "foiled", "thwart", "repelled", "repulsed"), new LedPattern(Clash(), ClashAt(), new(true, "clash", "exchang", "fierce", "fighting", "battle", "waging", "foiled", "thwart", "repelled", "repulsed"))),
        (EventType.ArmedAssault, false, ArmedAssault(), new(true, "attack", "ambush", "raid", "stormed", "broke into", "fire", "shot", "infiltrat", "offensive", "assault", "assassinat"), new LedPattern(ArmedAssault(), ArmedAssaultAt(), new(true, "attack", "counterattack", "ambush", "raid", "stormed", "broke into", "opened", "sniper fire", "machine", "gunfire", "assassinat", "were shot", "was shot", "shot dead", "fired at", "infiltrat", "set fire to", "took part in the attack", "launched"))),
        (EventType.Abduction, false, Abduction(), new(true, "kidnap", "abduct", "hostage", "captured"), new LedPattern(Abduction(), AbductionAt(), new(true, "kidnap", "abduct", "took", "captured"))),
        (EventType.TerritoryChange, false, TerritoryChange(), new(false, "took over", "taken over", "take over", "taking over", "takeover", "control", "retake", "retook", "recaptured", "captured the", "liberated", "entered", "evacuated its positions", "fall of", "break through"), new LedPattern(TerritoryChange(), TerritoryChangeAt(), new(false, "took over", "taken over", "take over", "taking over", "takeover of", "regained control", "seized control", "took control", "taken control", "retook", "retake", "extended its control", "extended their control", "recaptured", "captured the", "liberated", "had been liberated", "entered", "evacuated its positions", "fall of", "break through"))),
        (EventType.Arrest, false, Arrest(), new(true, "arrest", "detain", "detention", "prisoner", "apprehend", "captured", "nabbed", "rounded up"), new LedPattern(Arrest(), ArrestAt(), new(true, "arrest", "detain", "detention", "taken prisoner", "apprehend", "nabbed", "rounded up", "captured", "had captured"))),
        (EventType.Surrender, false, Surrender(), new(true, "surrender", "turned themselves in", "handed"), new LedPattern(Surrender(), SurrenderAt(), new(true, "surrender", "turned themselves in", "handed"))),
        (EventType.Escape, false, Escape(), new(true, "escape", "prison", "broke out of"), new LedPattern(Escape(), EscapeAt(), new(true, "escape", "prison", "broke out of"))),
        (EventType.Seizure, false, Seizure(), new(true, "cache", "seized", "found", "confiscated", "controlled manner", "neutralized", "took control of"), new LedPattern(Seizure(), SeizureAt(), new(true, "weapon", "arms", "ammunition", "explosive", "IEDs", "equipment", "seized", "found", "confiscated", "detonated", "neutralized", "took control of"))),
        (EventType.Other, false, SecurityOperation(), new(true, "operation", "sweep", "campaign", "prevented the infiltration", "foiled", "thwart", "downing of", "shot down", "destruction of"), new LedPattern(SecurityOperation(), SecurityOperationAt(), new(true, "carried out", "launched", "conducted", "began", "operation", "in a", "prevented the infiltration", "downing of", "shot down", "destruction of"))),
        (EventType.ArmedAssault, true, Killing(), new(false, "kill", "targeted"), new LedPattern(Killing(), KillingAt(), new(false, "had kill", "have kill", "has kill", "kill", "targeted"))),
    ];

    private readonly LiteralGateSet _gates;

    // The cues' gates ride along in the same pass (bits above the patterns'): a unit is read by both.
    // So do the leads of the patterns and then of the cues: each led pattern's own search for them was
    // a vectorised multi-word search per place tried, on a text this pass walks anyway.
    public EventTriggerRecognizer() => _gates = new LiteralGateSet(
        [.. _patterns.Select(p => p.Gate), .. NonEventCues.Gates],
        [.. _patterns.Select(p => p.Led!.Leads), .. NonEventCues.Leds.Select(l => l.Leads)]);

    /// <summary>The gate words <paramref name="sentence"/> spells, for <see cref="Recognize(string, GateWords)"/> and
    /// <see cref="NonEventCues.IsNonEvent(string, GateWords)"/>: one pass over the text serves both.</summary>
    public GateWords ScanWords(string sentence) => ScanWords(sentence, new LeadStarts(false));

    /// <summary>As <see cref="ScanWords(string)"/>, filling <paramref name="leads"/> (emptied first) with where the leads
    /// start: the words read that list, so they serve only until it is filled again.</summary>
    internal GateWords ScanWords(string sentence, LeadStarts leads)
    {
        leads.Reset(LiteralGate.HasCaseFoldOddity(sentence));
        var open = _gates.Scan(sentence, leads);
        return new GateWords(open & ((1UL << _patterns.Length) - 1), open >> _patterns.Length) { Leads = leads, CueLeadsFrom = _patterns.Length };
    }

    public IReadOnlyList<EventTrigger> Recognize(string sentence) => Recognize(sentence, ScanWords(sentence));

    /// <summary>As <see cref="Recognize(string)"/>, with the sentence's gate words already scanned.</summary>
    public IReadOnlyList<EventTrigger> Recognize(string sentence, GateWords words) => Recognize(sentence, words.Triggers, words.Leads);

    /// <summary>With <paramref name="useGates"/> off every pattern runs: the gates' test proves they never change a result.</summary>
    internal IReadOnlyList<EventTrigger> Recognize(string sentence, bool useGates) =>
        useGates ? Recognize(sentence, ScanWords(sentence)) : Recognize(sentence, ulong.MaxValue, starts: null, useLeads: false);

    private IReadOnlyList<EventTrigger> Recognize(string sentence, ulong open, LeadStarts? starts, bool useLeads = true)
    {
        if (open == 0) return [];
        // Made at the first trigger: many sentences open a gate and still hold none.
        List<EventTrigger>? triggers = null;
        // One search for the case-fold oddities serves every pattern the sentence opens.
        var oddity = starts?.HasCaseFoldOddity ?? LiteralGate.HasCaseFoldOddity(sentence);
        for (var k = 0; k < _patterns.Length; k++)
        {
            if ((open & (1UL << k)) == 0) continue;
            var (type, weak, pattern, _, led) = _patterns[k];
            if (useLeads && led is not null && !led.NeedsFullScan(oddity))
            {
                if (starts is not null)
                {
                    for (var at = 0; led.TryMatchFrom(sentence, at, starts, 1UL << k, out var index, out var length); at = index + length)
                        (triggers ??= []).Add(new EventTrigger(type, index, length, weak));
                    continue;
                }
                for (var at = 0; led.TryMatchFrom(sentence, at, out var index, out var length); at = index + length)
                    (triggers ??= []).Add(new EventTrigger(type, index, length, weak));
                continue;
            }
            foreach (var m in pattern.EnumerateMatches(sentence))
                (triggers ??= []).Add(new EventTrigger(type, m.Index, m.Length, weak));
        }
        if (triggers is null) return [];
        triggers.Sort((a, b) => a.Start.CompareTo(b.Start));
        return triggers;
    }

    /// <summary>
    /// The type an incident gets from all its triggers: the most specific strong one
    /// (a suicide car bomb followed by clashes is a suicide bombing), weak ones only as a last resort.
    /// </summary>
    public static EventType Dominant(IEnumerable<EventTrigger> triggers)
    {
        var choice = new DominantChoice();
        foreach (var t in triggers) choice.Add(t);
        return choice.Type;
    }

    /// <summary>As <see cref="Dominant(IEnumerable{EventTrigger})"/>, read by index: a unit's type is asked for again and
    /// again while its block is grouped, and an enumerator of its list was an object each time.</summary>
    public static EventType Dominant(IReadOnlyList<EventTrigger> triggers)
    {
        var choice = new DominantChoice();
        for (var i = 0; i < triggers.Count; i++) choice.Add(triggers[i]);
        return choice.Type;
    }

    /// <summary>The choice of <see cref="Dominant(IEnumerable{EventTrigger})"/>, made one trigger at a time, so the
    /// triggers of several units can be weighed without joining them into one sequence first.</summary>
    internal struct DominantChoice
    {
        private EventType? _best, _bestWeak, _firstFight;

        public void Add(EventTrigger t)
        {
            if (!t.Weak && t.Type is EventType.ArmedAssault or EventType.Clash) _firstFight ??= t.Type;
            if (t.Weak) { if (_bestWeak is null || Rank(t.Type) < Rank(_bestWeak.Value)) _bestWeak = t.Type; }
            else if (_best is null || Rank(t.Type) < Rank(_best.Value)) _best = t.Type;
        }

        // An attack answered by fire is still the attack ("an ISIS squad infiltrated … Subsequently,
        // clashes took place"); an exchange that starts as one is a clash: the first of the two decides.
        public readonly EventType Type =>
            _best is EventType.ArmedAssault or EventType.Clash && _firstFight is { } first ? first : _best ?? _bestWeak ?? EventType.Other;
    }

    private static int Rank(EventType t) => t switch
    {
        EventType.SuicideBombing => 0,
        EventType.Bombing => 1,
        EventType.Airstrike => 2,
        EventType.Execution => 3,
        EventType.Shelling => 4,
        EventType.Clash => 5,
        EventType.ArmedAssault => 6,
        EventType.Abduction => 7,
        EventType.TerritoryChange => 8,
        EventType.Escape => 9,
        EventType.Arrest => 10,
        EventType.Surrender => 11,
        EventType.Seizure => 12,
        _ => 13,
    };

    /// <summary>Arrests, surrenders and captures by security forces: a different kind of story from an attack.</summary>
    public static bool IsSecurityCustody(EventType t) => t is EventType.Arrest or EventType.Surrender;

    // "Two female suicide bombers … were detained" names people, not an attack: a bomber counts only when he acts.
    private const string SuicideBombingPattern = @"\bsuicide (?:bombings?|attacks?|car bombs?)\b|\bsuicide bomber (?:\w+ ){0,4}?(?:blew|detonated|exploded|set off)\b|\bblew (?:himself|herself|themselves) up\b|\bblown (?:himself|herself|themselves) up\b";

    [GeneratedRegex(SuicideBombingPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuicideBombing();

    [GeneratedRegex(@"\G(?:" + SuicideBombingPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuicideBombingAt();

    private const string BombingPattern = @"\b(?:IEDs?|improvised explosive devices?|car bombs?|explosive devices?|roadside bombs?|sticky bombs? (?:was|were) (?:attached|detonated)|booby-trapped (?:car|vehicle|motorcycle))\b(?! (?:workshop|factory|in a controlled|left by))|\bdetonat(?:ed|ion|ing)\b(?! (?:IEDs|an explosive belt|in a controlled))|\bexplosions?\b|\bblasts?\b|\bbombings?\b(?! attack)";

    [GeneratedRegex(BombingPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Bombing();

    [GeneratedRegex(@"\G(?:" + BombingPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex BombingAt();

    private const string AirstrikePattern = @"\bair ?strikes?\b|\baerial (?:attack|bombardment)s?\b|\bbarrel bombs?\b|\b(?:fighter jets|planes|aircraft|warplanes|drones?|helicopters|bombers|Air Force)\b[^.;]{0,40}?\b(?:attacked|struck|bombed|hit|raided|carried out|targeted)\b|\battacked by (?:fighter jets|planes|aircraft|warplanes|drones?)\b|\bwith air support by\b";

    [GeneratedRegex(AirstrikePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Airstrike();

    [GeneratedRegex(@"\G(?:" + AirstrikePattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AirstrikeAt();

    private const string ShellingPattern = @"\b(?:fired|launched|launching|firing|fire of) (?:\w+ ){0,2}(?:rockets?|missiles?|mortars?|mortar shells|shells|artillery)\b|\brocket fire\b|\bmortar (?:fire|shells?|attack)\b|\bartillery (?:fire|shelling|shells)\b|\bshell(?:ed|ing)\b|\bshells (?:fired|fell)\b|\bfired at the [\w\s-]{0,40}?\b(?:region|area|positions|rural area)\b";

    [GeneratedRegex(ShellingPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shelling();

    [GeneratedRegex(@"\G(?:" + ShellingPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShellingAt();

    private const string ExecutionPattern = @"\bexecut(?:ed|ion|ing)\b|\bbehead(?:ed|ing)\b";

    [GeneratedRegex(ExecutionPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Execution();

    [GeneratedRegex(@"\G(?:" + ExecutionPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExecutionAt();

    private const string ClashPattern = @"\bclash(?:es|ed)?\b|\bexchang(?:ed|es|e) (?:of )?fire\b|\bexchanges of (?:artillery )?fire\b|\bfierce (?:fighting|battle)\b|\b(?:fighting|battles?) (?:took place|continues|continued|broke out)\b|\bwaging (?:a|an) [\w\s]{0,20}battle\b|\bbattle against\b|\b(?:foiled|thwarted|thwarting|repelled|repulsed) (?:an?|the|their) (?:\w+ )?(?:infiltration|attack|assault|attempt)\b";

    [GeneratedRegex(ClashPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clash();

    [GeneratedRegex(@"\G(?:" + ClashPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClashAt();

    private const string ArmedAssaultPattern = @"\b(?:attack(?:ed)?|counterattack|ambush(?:ed|es)?|raid(?:ed|s)?|stormed|broke into|opened (?:\w+ )?fire|sniper fire|machine[- ]?gun fire|gunfire|assassinat(?:ed|ion)|were shot|was shot|shot dead|fired at|infiltrated into|infiltration (?:of|into) (?:the city|a|an)|set fire to|took part in the attack|(?:opened|launched) (?:a |an )?(?:\w+ )?(?:ground attack|offensive|assault))\b";

    [GeneratedRegex(ArmedAssaultPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArmedAssault();

    [GeneratedRegex(@"\G(?:" + ArmedAssaultPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArmedAssaultAt();

    private const string AbductionPattern = @"\bkidnap(?:ped|ping|s)?\b|\babduct(?:ed|ion|s)?\b|\btook (?:\w+ ){0,3}hostages?\b|\bcaptured (?:two|three|four|five|\d+|a|an) (?:[\p{Lu}][\w-]* ){0,3}(?:people|civilians|men|women|residents|members|fighters?|soldiers?|officers?|militiam[ae]n)\b";

    [GeneratedRegex(AbductionPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Abduction();

    [GeneratedRegex(@"\G(?:" + AbductionPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbductionAt();

    private const string TerritoryChangePattern = @"\b(?:took|taken|take|taking) over (?:the |a |an )?(?:city|town|village|villages|area|region|road|neighborhood|district|Old City|base|airport|crossing|field|entire|series|parts|large parts|key|\p{Lu})|\btakeover of (?:the )?(?:city|town|village|area|\p{Lu})|\b(?:regained|seized|took|taken|retook|retake|extended its|extended their) control\b(?! of an? (?:ISIS )?(?:hideout|hiding place|cache|position|outpost|vehicle))|\b(?:retake|retook|recaptured|captured the (?:\w+ )?(?:village|city|town|area))\b|\bliberated (?:the )?(?:city|town|village|area|\p{Lu})|\bhad been liberated\b|\bentered (?:the )?(?:city|town|village|Old City|\p{Lu}[\w’'-]+’s Old City|Old City of)\b|\bevacuated its positions\b|\bfall of\b|\bbreak through\b";

    [GeneratedRegex(TerritoryChangePattern, RegexOptions.CultureInvariant)]
    private static partial Regex TerritoryChange();

    [GeneratedRegex(@"\G(?:" + TerritoryChangePattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex TerritoryChangeAt();

    private const string ArrestPattern = @"\barrest(?:ed|s)?\b|\bdetain(?:ed)?\b|\bdetentions? of\b|\btaken prisoner\b|\bapprehend(?:ed)?\b|\bnabbed\b|\brounded up\b|\bcaptured (?:a |an |the |\d+ |two |three |four |five |six |seven |eight |nine |ten )?(?:squad|ISIS|operatives?|commanders?|suspects?|fighters|foreign fighters|members of ISIS|terrorists?|jihadists?)\b|\bcaptured (?:six|three|two|\d+) ISIS\b|\bhad captured\b";

    [GeneratedRegex(ArrestPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Arrest();

    [GeneratedRegex(@"\G(?:" + ArrestPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArrestAt();

    private const string SurrenderPattern = @"\bsurrendered\b|\bsurrenders? to\b|\bturned themselves in\b|\bhanded (?:themselves|over their weapons)\b";

    [GeneratedRegex(SurrenderPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Surrender();

    [GeneratedRegex(@"\G(?:" + SurrenderPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SurrenderAt();

    private const string EscapePattern = @"\bescaped?\b|\bescapees?\b|\bprison ?break\b|\bbroke out of\b";

    [GeneratedRegex(EscapePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Escape();

    [GeneratedRegex(@"\G(?:" + EscapePattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EscapeAt();

    private const string SeizurePattern = @"\bweapons? cache\b|\b(?:arms|weapons|ammunition|explosives?|explosive belts?|IEDs|equipment) (?:\w+ ){0,6}(?:were |was )?(?:seized|found|confiscated)\b|\b(?:seized|found|confiscated) (?:\w+ ){0,4}(?:weapons|ammunition|explosive belts?|sticky bombs|IEDs|trucks)\b|\bdetonated (?:the )?IEDs in a controlled manner\b|\bneutralized (?:a|an|the) booby-trapped\b|\btook control of an? (?:ISIS )?(?:hideout|hiding place|cache)\b";

    [GeneratedRegex(SeizurePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Seizure();

    [GeneratedRegex(@"\G(?:" + SeizurePattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeizureAt();

    private const string SecurityOperationPattern = @"\b(?:carried out|launched|conducted|began) (?:a |an )?(?:\w+[- ]?){0,3}(?:operation|sweep|campaign)s?\b(?! room)|\boperation to (?:locate|detain|mop up|clear|search)\b|\bin (?:a|an) (?:joint|military|security|large-scale|counter-?terrorism|special) (?:\w+ )?operation\b|\boperations? (?:was|were) (?:also )?(?:carried out|launched|conducted)\b|\bprevented the infiltration\b|\bdowning of\b|\bshot down\b|\bdestruction of\b";

    [GeneratedRegex(SecurityOperationPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecurityOperation();

    [GeneratedRegex(@"\G(?:" + SecurityOperationPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecurityOperationAt();

    /// <summary>Active killing without a named attack: "had killed 12 ISIS operatives", "killing seven".</summary>
    private const string KillingPattern = @"\b(?:had |have |has )?kill(?:ed|ing) (?:at least |some |about |more than )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|a|an|the)\b|\bkilling of\b|\btargeted\b";

    [GeneratedRegex(KillingPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Killing();

    [GeneratedRegex(@"\G(?:" + KillingPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex KillingAt();
}
