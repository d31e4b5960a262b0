using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using IncidentExtract.Gazetteers;
using IncidentExtract.Recognition.Citations;
using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Recognition.Actors;

/// <summary>
/// Decides who carried out an incident, how the text knows it, and against whom, from the roles the
/// actors play in the incident's sentences; when those name no one, from the rest of the block, the
/// lead-in of the list and the headings above it (inferred), as long as the event fits that actor
/// (a heading about Iraqi counter-terrorism does not make the Iraqi forces plant an IED).
/// Thread-safe: the recognizers are immutable and the heading cache is concurrent.
/// </summary>
public sealed partial class ActorRoleResolver
{
    private readonly ActorRecognizer _recognizer;
    private readonly CitationParser _citations = new();

    // Headings and lead-ins repeat for every incident under them; their reading does not change.
    private const int HeadingCacheLimit = 4096;
    private readonly ConcurrentDictionary<string, TextReading> _headingReadings = new(StringComparer.Ordinal);

    public ActorRoleResolver(Gazetteer gazetteer)
    {
        _recognizer = new ActorRecognizer(gazetteer);
    }

    public ActorRoles Resolve(ActorContext context)
    {
        var incident = Read(context.IncidentText);
        var target = ChooseTarget(incident, null, context.EventType);

        if (incident.Hedged) return new ActorRoles(null, null, Attribution.None, target?.Actor.Name);

        if (ChooseFromText(incident, context.EventType) is { } found)
        {
            var (mention, attribution) = found;
            var roles = new ActorRoles(mention.Actor.Name, BranchOf(mention, incident), attribution,
                ChooseTarget(incident, mention.Actor, context.EventType)?.Actor.Name);
            return roles;
        }

        // "clashes took place between X and Y": the text names both sides; the initiator is the side the
        // context speaks about, else the first named.
        List<ActorMention>? parties = null;
        foreach (var r in incident.Roled)
            if (r.Role == MentionRole.ClashParty && IsEligible(r.Mention.Actor, context.EventType)) (parties ??= []).Add(r.Mention);
        if (parties is not null)
        {
            var contextual = ContextHeadings(context).Select(h => FromHeading(h, context.EventType, null)).FirstOrDefault(a => a is not null);
            var initiator = parties.FirstOrDefault(p => p.Actor == contextual?.Actor) ?? parties[0];
            return new ActorRoles(initiator.Actor.Name, initiator.Branch, Attribution.Reported,
                parties.FirstOrDefault(p => p.Actor != initiator.Actor)?.Actor.Name);
        }

        if (FromRestOfBlock(context, target?.Actor) is { } fromBlock)
        {
            return new ActorRoles(fromBlock.Mention.Actor.Name, fromBlock.Mention.Branch, fromBlock.Attribution,
                ChooseTarget(incident, fromBlock.Mention.Actor, context.EventType)?.Actor.Name);
        }

        foreach (var heading in ContextHeadings(context))
        {
            if (FromHeading(heading, context.EventType, target?.Actor) is { } inferred)
                return new ActorRoles(inferred.Actor.Name, inferred.Branch, Attribution.Inferred,
                    ChooseTarget(incident, inferred.Actor, context.EventType)?.Actor.Name);
        }
        return new ActorRoles(null, null, Attribution.None, target?.Actor.Name);
    }

    /// <summary>The lead-in first, then the headings from the innermost out.</summary>
    private static IEnumerable<string> ContextHeadings(ActorContext context)
    {
        if (!string.IsNullOrWhiteSpace(context.LeadIn)) yield return context.LeadIn;
        for (var i = context.Section.Count - 1; i >= 0; i--) yield return context.Section[i];
    }

    private (ActorMention Mention, Attribution Attribution)? ChooseFromText(TextReading r, EventType eventType)
    {
        AgentCandidate? strong = null, any = null;
        foreach (var a in r.Agents)
        {
            if (!IsEligible(a.Mention.Actor, eventType)) continue;
            any ??= a;
            if (a.Strong) { strong = a; break; }
        }
        if ((strong ?? any) is { } chosen)
        {
            var actor = chosen.Mention.Actor;
            var attribution = chosen.ViaClaimant || r.HasClaimant(actor) || r.HasChannel(actor)
                ? Attribution.Claimed
                : r.IsSuspected(actor) ? Attribution.Suspected : Attribution.Reported;
            return (chosen.Mention, attribution);
        }
        foreach (var m in r.Roled)
            if (m.ClaimsResponsibility && IsEligible(m.Mention.Actor, eventType)) return (m.Mention, Attribution.Claimed);
        if (r.Suspected is { } suspects)
        {
            foreach (var s in suspects)
                if (IsEligible(s.Actor, eventType)) return (s, Attribution.Suspected);
        }
        if (!r.ClaimBlocked)
        {
            foreach (var m in r.Roled)
                if (m.Role == MentionRole.Claimant && IsEligible(m.Mention.Actor, eventType) && !r.IsTarget(m.Mention.Actor))
                    return (m.Mention, Attribution.Claimed);
        }
        return null;
    }

    /// <summary>Claims and suspicions told after the incident ("ISIS is most likely behind it"), else the block's opening actor.</summary>
    private (ActorMention Mention, Attribution Attribution)? FromRestOfBlock(ActorContext context, Actor? target)
    {
        var block = context.BlockText;
        if (string.IsNullOrEmpty(block) || block.Length <= context.IncidentText.Length) return null;
        var at = LocateIncident(block, context.IncidentText);
        if (at < 0) return null;
        var after = block.AsSpan(Math.Min(block.Length, at + context.IncidentText.Length));
        // Only a claim of responsibility or a suspicion is read after the incident: a text that spells neither
        // ("claimed", "responsibility", "behind", "responsible") is not read at all, nor copied.
        if (after.Length > 0 && ClaimOrSuspicionWords.MayMatch(after))
        {
            var r = Read(after.ToString());
            if (r.ResponsibilityClaimants.FirstOrDefault(c => IsEligible(c.Actor, context.EventType)) is { } claimer)
                return (claimer, Attribution.Claimed);
            if (r.Suspected?.FirstOrDefault(s => IsEligible(s.Actor, context.EventType)) is { } suspect)
                return (suspect, Attribution.Suspected);
        }
        if (at > 0)
        {
            var before = Read(block[..at]);
            if (before.Hedged) return null;
            foreach (var a in before.Agents)
            {
                if (a.Strong && IsCompatible(a.Mention.Actor, context.EventType, target))
                    return (a.Mention, Attribution.Inferred);
            }
            // "The … operations room (affiliated with Al-Qaeda) reported a series of activities …, including …".
            foreach (var c in before.Claimants)
            {
                if (IsCompatible(c.Actor, context.EventType, target)) return (c, Attribution.Claimed);
            }
        }
        return null;
    }

    private static int LocateIncident(string block, string incident)
    {
        var probe = incident.Trim();
        if (probe.Length > 40) probe = probe[..40];
        var at = block.IndexOf(probe, StringComparison.Ordinal);
        if (at >= 0) return at;
        // The block may keep line breaks or double spaces that the incident text has normalised.
        var normalisedBlock = Whitespace().Replace(block, " ");
        return normalisedBlock.Length == block.Length ? normalisedBlock.IndexOf(probe, StringComparison.Ordinal) : -1;
    }

    private ActorMention? FromHeading(string heading, EventType eventType, Actor? target)
    {
        if (!_headingReadings.TryGetValue(heading, out var r))
        {
            r = Read(heading);
            if (_headingReadings.Count < HeadingCacheLimit) _headingReadings.TryAdd(heading, r);
        }
        foreach (var a in r.Agents)
        {
            if (IsCompatible(a.Mention.Actor, eventType, target)) return a.Mention;
        }
        return null;
    }

    private static string? BranchOf(ActorMention chosen, TextReading r)
    {
        if (chosen.Branch is not null) return chosen.Branch;
        foreach (var m in r.AllMentions)
            if (m.Actor == chosen.Actor && m.Branch is not null) return m.Branch;
        if (r.Channels is { } channels)
        {
            foreach (var m in channels)
                if (m.Actor == chosen.Actor && m.Branch is not null) return m.Branch;
        }
        return null;
    }

    private static ActorMention? ChooseTarget(TextReading r, Actor? perpetrator, EventType eventType)
    {
        if (IsCounterTerrorism(eventType))
        {
            foreach (var m in r.Roled)
            {
                if (m.Mention.Actor != perpetrator && m.Mention.Actor.Kind is ActorKind.JihadistGroup or ActorKind.RebelGroup
                    && m.Role != MentionRole.Claimant)
                    return m.Mention;
            }
        }
        foreach (var m in r.Roled)
            if (m.Role == MentionRole.Target && m.Mention.Actor != perpetrator) return m.Mention;
        foreach (var m in r.Roled)
            if (m.Role == MentionRole.ClashParty && m.Mention.Actor != perpetrator) return m.Mention;
        return null;
    }

    private static bool IsCounterTerrorism(EventType t) => t is EventType.Arrest or EventType.Surrender or EventType.Seizure;

    /// <summary>Who can be the doer at all: never the civilians; for arrests and surrenders, not the armed group.</summary>
    private static bool IsEligible(Actor actor, EventType eventType) =>
        actor.Kind != ActorKind.Civilians &&
        !(IsCounterTerrorism(eventType) && actor.Kind == ActorKind.JihadistGroup);

    /// <summary>
    /// Whether an actor named only by the context fits the incident: state forces do not plant IEDs or
    /// execute captives in these reports, armed groups have no aircraft, and nobody attacks its own side.
    /// </summary>
    private static bool IsCompatible(Actor actor, EventType eventType, Actor? target)
    {
        if (!IsEligible(actor, eventType)) return false;
        var isState = actor.Kind is ActorKind.StateForce or ActorKind.InternationalForce;
        var isInsurgent = actor.Kind is ActorKind.JihadistGroup or ActorKind.RebelGroup;
        if (IsCounterTerrorism(eventType) && isInsurgent) return false;
        if (eventType is EventType.Bombing or EventType.SuicideBombing or EventType.Execution or EventType.Abduction
            or EventType.Escape && isState) return false;
        if (eventType == EventType.Airstrike && !isState) return false;
        if (target is null) return true;
        if (target == actor) return false;
        var targetInsurgent = target.Kind is ActorKind.JihadistGroup or ActorKind.RebelGroup;
        return isInsurgent != targetInsurgent || target.Kind == ActorKind.Civilians && isInsurgent;
    }

    /// <summary>Everything the role rules read from one text.</summary>
    private TextReading Read(string text)
    {
        using var tokens = _recognizer.Recognize(text, out var all);
        // One search for the words of the three patterns; most texts hold none of them.
        var gated = ReadingWords.MayMatch(text);
        var hedged = gated && HedgeWords.MayMatch(text) && Hedge().IsMatch(text);
        var claimBlocked = gated && ClaimBlockerWords.MayMatch(text) && ClaimBlocker().IsMatch(text);
        // A text that names no actor (a lead-in, the rest of a block) has no role, agent or suspect to read:
        // it is not searched for citations.
        if (all.Count == 0) return new TextReading([], all, [], null, null, hedged, claimBlocked);

        // Only a name inside parentheses can be a citation's channel ("(ISIS’s Amaq, November 2, 2019)"): the
        // citations are parsed only when some name stands inside a pair of parentheses that can be one.
        var parentheses = CitationCandidates(text);
        var parsed = AnyInside(parentheses, all);
        var citations = parsed ? _citations.Parse(text) : [];
        // Most texts cite nothing around a name: all their mentions are the actors' own, in the recogniser's list.
        var mentions = all;
        List<ActorMention>? channels = null;
        if (citations.Count > 0)
        {
            mentions = new List<ActorMention>(all.Count);
            // Indexed loops over the read-only lists: a foreach would box an enumerator per text and per mention.
            for (var k = 0; k < all.Count; k++)
            {
                var m = all[k];
                if (InsideCitation(citations, m.Start, m.End)) (channels ??= []).Add(m);
                else mentions.Add(m);
            }
        }
        List<RoledMention> roled = [];
        if (mentions.Count > 0)
        {
            using var classifier = new MentionRoleClassifier(text, tokens, mentions);
            roled = classifier.Classify();
        }

        var agents = new List<AgentCandidate>();
        var hasAntecedent = false;
        foreach (var r in roled)
        {
            if (r.Role is MentionRole.Agent) agents.Add(new AgentCandidate(r.Mention, r.Mention.Start, Strong: true, ViaClaimant: false));
            else if (r.Role is MentionRole.AgentNominal) agents.Add(new AgentCandidate(r.Mention, r.Mention.Start, Strong: false, ViaClaimant: false));
            hasAntecedent |= IsAntecedent(r);
        }
        // "ISIS reported that its operatives had detonated …", "the Iraqi army announced that its forces had taken over …".
        // A pronoun needs a speaking or acting actor before it: without one the pattern cannot add an agent.
        if (hasAntecedent)
        {
            var from = 0;
            while (NextPronounSubject(text, ref from) is { } p)
            {
                if (!parsed && InsideSpan(parentheses, p.Index)) (citations, parsed) = (_citations.Parse(text), true);
                if (InsideCitation(citations, p.Index, p.Index + 1)) continue;
                var verb = p.Groups[VerbGroup].ValueSpan;
                if (p.Groups[BeGroup].Success && !verb.EndsWith("ing", StringComparison.Ordinal)) continue;
                if ((RoleLexicon.ClassOf(verb) & WordClass.PastVerb) == 0 && !verb.EndsWith("ing", StringComparison.Ordinal) && verb is not ("managed" or "continued")) continue;
                RoledMention? antecedent = null;
                foreach (var r in roled)
                {
                    if (r.Mention.Start >= p.Index) break;
                    if (IsAntecedent(r)) antecedent = r;
                }
                if (antecedent is not { } speaker) continue;
                agents.Add(new AgentCandidate(speaker.Mention, p.Index, Strong: true, ViaClaimant: speaker.Role == MentionRole.Claimant));
            }
        }
        agents.Sort((a, b) => a.Position.CompareTo(b.Position));

        List<ActorMention>? suspected = null;
        if (mentions.Count > 0 && gated && SuspicionWords.MayMatch(text))
        {
            foreach (Match s in Suspicion().Matches(text))
            {
                ActorMention? before = null;
                foreach (var m in mentions)
                    if (m.End <= s.Index && s.Index - m.End <= 12) before = m;
                if (before is not null) (suspected ??= []).Add(before);
            }
        }
        if (hedged) agents.Clear();
        return new TextReading(roled, mentions, agents, channels, suspected, hedged, claimBlocked);
    }

    /// <summary>
    /// The next match of the pronoun pattern from <paramref name="from"/> on, which it moves past the match: the
    /// matches of Regex.Matches, in order and without overlap. Every match starts with one of
    /// <see cref="PronounStarts"/>, so the pattern is tried, anchored, only there: its own scan stops at every "t".
    /// </summary>
    internal static Match? NextPronounSubject(string text, ref int from)
    {
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOfAny(PronounStarts);
            if (at < 0) break;
            at += from;
            var match = PronounSubjectAt().Match(text, at);
            if (match.Success)
            {
                from = match.Index + match.Length;
                return match;
            }
            from = at + 1;
        }
        from = text.Length;
        return null;
    }

    private static bool IsAntecedent(RoledMention r) =>
        r.Role is MentionRole.Claimant or MentionRole.Agent && r.Mention.Actor.Kind != ActorKind.Civilians;

    /// <summary>
    /// The matched pairs of parentheses of a text (as <see cref="CitationParser"/> pairs them) that can hold a
    /// citation, null when it has none: the parser's own pre-filter (a citation is dated, so it holds a digit, and
    /// six characters at least from "(" to ")"). A label or a remark ("(SDF)", "(ISIS’s rivals)") is no citation.
    /// </summary>
    internal static List<(int Start, int End)>? CitationCandidates(string text)
    {
        var first = text.IndexOf('(');
        if (first < 0) return null;
        List<(int, int)>? spans = null;
        var pairs = new ParenthesisPairs(text, first, stackalloc int[16]);
        while (pairs.MoveNext(out var open, out var close))
            if (ParenthesisPairs.MayBeCitation(text, open, close)) (spans ??= []).Add((open, close + 1));
        return spans;
    }

    private static bool AnyInside(List<(int Start, int End)>? spans, IReadOnlyList<ActorMention> mentions)
    {
        if (spans is null) return false;
        for (var k = 0; k < mentions.Count; k++)
            foreach (var (start, end) in spans)
                if (mentions[k].Start >= start && mentions[k].End <= end) return true;
        return false;
    }

    private static bool InsideSpan(List<(int Start, int End)>? spans, int at)
    {
        if (spans is null) return false;
        foreach (var (start, end) in spans)
            if (at >= start && at < end) return true;
        return false;
    }

    /// <summary>Whether [start, end) lies within one of the citations (a source's name, not an actor at work).</summary>
    private static bool InsideCitation(IReadOnlyList<Citation> citations, int start, int end)
    {
        for (var k = 0; k < citations.Count; k++)
            if (start >= citations[k].Start && end <= citations[k].End) return true;
        return false;
    }

    // A value, as the mentions' roles are: a text's candidates live only as long as its reading.
    private readonly record struct AgentCandidate(ActorMention Mention, int Position, bool Strong, bool ViaClaimant);

    private sealed record TextReading(
        List<RoledMention> Roled,
        List<ActorMention> AllMentions,
        List<AgentCandidate> Agents,
        List<ActorMention>? Channels,   // null when none: most texts name no channel and no suspect
        List<ActorMention>? Suspected,
        bool Hedged,
        bool ClaimBlocked)
    {
        public IEnumerable<ActorMention> Claimants => Roled.Where(r => r.Role == MentionRole.Claimant).Select(r => r.Mention);
        public IEnumerable<ActorMention> ResponsibilityClaimants => Roled.Where(r => r.ClaimsResponsibility).Select(r => r.Mention);
        public bool IsTarget(Actor a)
        {
            foreach (var r in Roled) if (r.Role == MentionRole.Target && r.Mention.Actor == a) return true;
            return false;
        }

        public bool HasClaimant(Actor a)
        {
            foreach (var r in Roled) if (r.Role == MentionRole.Claimant && r.Mention.Actor == a) return true;
            return false;
        }

        public bool HasChannel(Actor a)
        {
            if (Channels is null) return false;
            foreach (var c in Channels) if (c.Actor == a) return true;
            return false;
        }

        public bool IsSuspected(Actor a)
        {
            if (Suspected is null) return false;
            foreach (var s in Suspected) if (s.Actor == a) return true;
            return false;
        }
    }

    [GeneratedRegex(@"\G\b(?:it|they|It|They|(?:its|their|Its|Their) (?:operatives|forces|fighters|members|troops|units|aircraft|planes|men|cells|squads?))(?:, [^,.;]{1,90},)?(?: (?:had|has|have))?(?: (?<be>was|were))?(?: (?:also|reportedly|successfully|still|then|indeed))? (?<verb>[a-z]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounSubjectAt();

    // The pattern's groups by number, looked up once: a lookup by name searches the group names at every match.
    private static readonly int BeGroup = PronounSubjectAt().GroupNumberFromName("be");
    private static readonly int VerbGroup = PronounSubjectAt().GroupNumberFromName("verb");

    /// <summary>How every match of <see cref="PronounSubjectAt"/> begins: the pronoun and the space or comma after it.</summary>
    private static readonly SearchValues<string> PronounStarts = SearchValues.Create(
        ["it ", "it,", "It ", "It,", "they ", "they,", "They ", "They,", "its ", "Its ", "their ", "Their "], StringComparison.Ordinal);

    // A mention claims responsibility only before "responsibility" or as the subject of "claimed" (MentionRoleClassifier),
    // and a suspicion spells one of SuspicionWords.
    private static readonly LiteralGate ClaimOrSuspicionWords = new(true, "responsibility", "claimed", "behind", "responsible");
    // The words every match of the three patterns below spells (see LiteralGate): most texts hold none.
    private static readonly LiteralGate SuspicionWords = new(true, "behind", "responsible");
    private static readonly LiteralGate HedgeWords = new(true, "unknown", "unclear", "not known", "not clear");
    private static readonly LiteralGate ClaimBlockerWords = new(false, "attacked by", "ambushed by", "targeted by", "hit by", "struck by",
        "fired upon by", "shelled by");
    // All the words of the three above, in any case: a text without one needs none of the three searches.
    private static readonly LiteralGate ReadingWords = new(true, [.. SuspicionWords.Words, .. HedgeWords.Words, .. ClaimBlockerWords.Words]);

    [GeneratedRegex(@"\b(?:is|are|was|were) (?:most likely|likely|very likely|probably|apparently|presumably|believed to be|thought to be|suspected to be|suspected of being) (?:behind|responsible)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Suspicion();

    [GeneratedRegex(@"\b(?:unknown|unclear|not known|not clear) (?:whether|who|if)\b|\bit is unknown\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    /// <summary>"a patrol was attacked by “terrorist operatives”": the speaker was the one attacked.</summary>
    [GeneratedRegex(@"\b(?:was|were) (?:attacked|ambushed|targeted|hit|struck|fired upon|shelled) by\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimBlocker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
