using System.Buffers;
using static IncidentExtract.Recognition.Actors.RoleLexicon;

namespace IncidentExtract.Recognition.Actors;

/// <summary>
/// Reads each mention's role from the words around it: the cue before it (a preposition, a verb, "by",
/// "of"), else the verb after it (active → agent, "were ambushed" → target, "announced" → claimant).
/// Works on one text's tokens; a new instance per text, disposed when read: its tables are rented from the
/// shared pools, as every incident of a report is classified.
/// </summary>
internal sealed class MentionRoleClassifier : IDisposable
{
    private readonly string _text;
    private readonly TokenBuffer _buffer;
    private readonly bool _ownsBuffer;
    private readonly Token[] _tokens;
    private readonly int _count;
    // Token i's folded form, once made, at the token's own place in the text: no string per word read.
    private char[] _lower;
    // What is known of token i: whether it is folded yet, and its word classes once looked up (one lookup, not one per list).
    private WordClass[] _known;
    private readonly IReadOnlyList<ActorMention> _mentions;
    private int[] _mentionAtToken;
    private (int First, int Last)[] _ranges;

    public MentionRoleClassifier(string text, IReadOnlyList<ActorMention> mentions)
        : this(text, TextTokens.Rent(text), mentions)
    {
        _ownsBuffer = true;
    }

    /// <summary>With the text's tokens already made (<see cref="TextTokens.Rent(string)"/>); the caller keeps them.</summary>
    public MentionRoleClassifier(string text, TokenBuffer tokens, IReadOnlyList<ActorMention> mentions)
    {
        _text = text;
        _buffer = tokens;
        _tokens = tokens.Items;
        _count = tokens.Count;
        _lower = ArrayPool<char>.Shared.Rent(text.Length);
        _known = ArrayPool<WordClass>.Shared.Rent(_count);
        Array.Clear(_known, 0, _count);
        _mentions = mentions;
        _mentionAtToken = ArrayPool<int>.Shared.Rent(_count);
        Array.Fill(_mentionAtToken, -1, 0, _count);
        _ranges = ArrayPool<(int, int)>.Shared.Rent(mentions.Count);
        for (var m = 0; m < mentions.Count; m++)
        {
            var (first, last) = _ranges[m] = TokenRange(mentions[m]);
            for (var t = first; t <= last && t >= 0; t++) _mentionAtToken[t] = m;
        }
    }

    public void Dispose()
    {
        if (_lower.Length > 0) ArrayPool<char>.Shared.Return(_lower);
        if (_known.Length > 0) ArrayPool<WordClass>.Shared.Return(_known);
        if (_mentionAtToken.Length > 0) ArrayPool<int>.Shared.Return(_mentionAtToken);
        if (_ranges.Length > 0) ArrayPool<(int, int)>.Shared.Return(_ranges);
        (_lower, _known, _mentionAtToken, _ranges) = ([], [], [], []);
        if (_ownsBuffer) _buffer.Dispose();
    }

    /// <summary>
    /// The folded form of token <paramref name="i"/> (a mark's own spelling). Folded on first use: the rules
    /// read only the words around the names, a small part of a long text. A span: compare it with <c>is</c>,
    /// never with <c>==</c>, which compares where two spans are, not what they hold.
    /// </summary>
    private ReadOnlySpan<char> LowerAt(int i)
    {
        var token = _tokens[i];
        var folded = _lower.AsSpan(token.Start, token.End - token.Start);
        if ((_known[i] & WordClass.Folded) == 0)
        {
            // A mark is its normalised character ("'s" for the possessive); a word is folded as string.ToLowerInvariant
            // does, character by character (a word holds no surrogate).
            if (token.IsWord) Fold(_text.AsSpan(token.Start, token.End - token.Start), folded);
            else if (token.Kind == TokenKind.Possessive) (folded[0], folded[1]) = ('\'', 's');
            else folded[0] = token.Symbol;
            _known[i] |= WordClass.Folded;
        }
        return folded;
    }

    /// <summary>
    /// <paramref name="word"/> in lower case, as string.ToLowerInvariant makes it: character by character (a word
    /// holds no surrogate), ASCII letters by their case bit. A word is a few characters: the general routine's
    /// set-up cost more than its loop.
    /// </summary>
    internal static void Fold(ReadOnlySpan<char> word, Span<char> folded)
    {
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            folded[k] = c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
        }
    }

    /// <summary>Whether token <paramref name="i"/> (none when negative) is a word of one of the <paramref name="classes"/>.</summary>
    private bool Is(int i, WordClass classes)
    {
        if (i < 0) return false;
        if ((_known[i] & WordClass.Classified) == 0)
            _known[i] |= WordClass.Classified | (_tokens[i].IsWord ? ClassOf(LowerAt(i)) : WordClass.None);
        return (_known[i] & classes) != 0;
    }

    /// <summary>
    /// The character of token <paramref name="i"/> when it is a one-character mark, else '\0' (and a mark of NUL
    /// itself): scans for punctuation fold nothing.
    /// </summary>
    private char MarkAt(int i) => _tokens[i].Kind == TokenKind.Mark ? _tokens[i].Symbol : '\0';

    /// <summary>Whether token <paramref name="i"/> is the word <paramref name="lower"/>; folding keeps the length, so most words are told apart by it.</summary>
    private bool WordIs(int i, string lower) =>
        _tokens[i].IsWord && _tokens[i].End - _tokens[i].Start == lower.Length && LowerAt(i).SequenceEqual(lower);

    /// <summary>The tokens a mention covers, (-1, -1) when none.</summary>
    public (int First, int Last) TokenRange(ActorMention m)
    {
        // Tokens are in order and do not overlap: the first one ending after the mention's start, by bisection.
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_tokens[mid].End <= m.Start) lo = mid + 1;
            else hi = mid;
        }
        if (lo >= _count || _tokens[lo].Start >= m.End) return (-1, -1);
        var last = lo;
        while (last + 1 < _count && _tokens[last + 1].Start < m.End) last++;
        return (lo, last);
    }

    public List<RoledMention> Classify()
    {
        var result = new List<RoledMention>(_mentions.Count);
        MentionRole previousRole = MentionRole.Neutral;
        for (var m = 0; m < _mentions.Count; m++)
        {
            var mention = _mentions[m];
            var (first, last) = _ranges[m];
            if (first < 0) { result.Add(new RoledMention(mention, MentionRole.Neutral)); continue; }
            var role = Classify(mention, first, last, m > 0 ? previousRole : MentionRole.Neutral, out var responsibility);
            result.Add(new RoledMention(mention, role, responsibility));
            previousRole = role;
        }
        return result;
    }

    private MentionRole Classify(ActorMention mention, int first, int last, MentionRole previousRole, out bool responsibility)
    {
        responsibility = false;
        // "Al-Qaeda-affiliated", "US-backed": the name only qualifies someone else, unless that someone is an
        // unnamed group standing as the subject ("An Al-Qaeda-affiliated organization has claimed responsibility").
        if (mention.End < _text.Length && _text[mention.End] == '-') return AffiliatedSubjectRole(first, last, out responsibility);
        if (InsideParentheses(first, out var openToken)) return ParentheticalRole(openToken, out responsibility);
        // "with Coalition air support", "enjoyed Coalition air support": the name only helped.
        if (last + 1 < _count && (LowerAt(last + 1) is "support"
            || (LowerAt(last + 1) is "air" && last + 2 < _count && LowerAt(last + 2) is "support")))
            return MentionRole.Support;
        if (InSourceClause(first)) return MentionRole.Claimant;
        return RoleFromCueBefore(first, last, previousRole, out responsibility, transparentDepth: 2);
    }

    private MentionRole RoleFromCueBefore(int first, int last, MentionRole previousRole, out bool responsibility, int transparentDepth)
    {
        responsibility = false;
        var p = PreviousCue(first);
        if (p < 0) return RoleFromVerbAfter(last, out responsibility);
        var cue = LowerAt(p);
        switch (cue)
        {
            case "," or ":" or ";" or "\"" or "(" or "that" or "while" or "when" or "after" or "before" or "as" or "since"
                or "but" or "however" or "addition" or "meantime" or "which" or "where" or "who":
                return RoleFromVerbAfter(last, out responsibility);
            case "by":
                return ByAgentRole(p);
            case "between":
                return MentionRole.ClashParty;
            case "and" or "or" when !FollowsPreviousMention(p):
                return RoleFromVerbAfter(last, out responsibility);
            case "and" or "or":
                if (previousRole == MentionRole.ClashParty) return MentionRole.ClashParty;
                if (previousRole is MentionRole.Target or MentionRole.Support) return previousRole;
                if (previousRole is MentionRole.Agent or MentionRole.Claimant) return MentionRole.Neutral;
                return RoleFromVerbAfter(last, out responsibility);
            case "with":
                {
                    return Is(p - 1, WordClass.ClashWord) ? MentionRole.ClashParty : MentionRole.Support;
                }
            case "alongside" or "supporting" or "supported" or "backing" or "loyal" or "affiliated":
                return MentionRole.Support;
            case "to":
                {
                    var before = p > 0 ? LowerAt(p - 1) : [];
                    if (before is "surrendered" or "in" or "over" or "surrender" or "themselves") return MentionRole.Agent;
                    if (before is "belonging" && transparentDepth > 0) return TransparentRole(p - 1, last, out responsibility, transparentDepth - 1);
                    return MentionRole.Neutral;
                }
            case "of":
                {
                    var h = p - 1;
                    while (h > 0 && LowerAt(h) is "\"") h--;
                    var head = h >= 0 ? LowerAt(h) : [];
                    if (head is "behalf") return MentionRole.Agent;  // "a suicide bomber on behalf of ISIS"
                    if (Is(h, WordClass.RelationHead)) return MentionRole.Support;
                    if (Is(h, WordClass.HarmHead)) return MentionRole.Target;
                    return transparentDepth > 0 ? TransparentRole(p, last, out responsibility, transparentDepth - 1) : MentionRole.Neutral;
                }
            case "from":
                {
                    if (Is(p - 1, WordClass.AgentNoun) && transparentDepth > 0) return TransparentRole(p, last, out responsibility, transparentDepth - 1);
                    return MentionRole.Target;
                }
        }
        if (Is(p, WordClass.TargetCue)) return MentionRole.Target;
        if (cue is "in" or "for" or "under" or "near" or "within" or "inside" or "outside" or "across" or "through" or "about"
            or "like" or "than" or "including" or "via" or "during" or "upon" or "behind")
            return MentionRole.Neutral;
        if (Is(p, WordClass.ClaimVerb)) return MentionRole.Neutral;
        if (Is(p, WordClass.PastVerb) || cue.EndsWith("ing", StringComparison.Ordinal)) return MentionRole.Target;
        // A number, a capitalised word before the name ("In", "On November 22, 2019,") or an unknown word: read the verb.
        return RoleFromVerbAfter(last, out responsibility);
    }

    /// <summary>Whether the "and" at <paramref name="conjunction"/> joins this name to the one just before ("X and Y", "X forces and Y").</summary>
    private bool FollowsPreviousMention(int conjunction)
    {
        for (var k = conjunction - 1; k >= 0 && k >= conjunction - 6; k--)
        {
            if (_mentionAtToken[k] >= 0) return true;
            var w = LowerAt(k);
            // Skip the head nouns and footnote marks between: "a Shiite Peace Battalions[1] force and …".
            if (!Is(k, WordClass.AgentNoun) && w is not ("'s" or "[" or "]") && !char.IsDigit(w[0])) return false;
        }
        return false;
    }

    /// <summary>"a force from the 29th Brigade of the Popular Mobilization had killed …": the name takes its head's role.</summary>
    private MentionRole TransparentRole(int connector, int last, out bool responsibility, int depth)
    {
        // Walk back over the head noun phrase ("two operatives", "aircraft apparently") to the cue before it.
        var q = connector - 1;
        var steps = 0;
        while (q >= 0 && steps < 6 && _tokens[q].IsWord && _mentionAtToken[q] < 0 && !IsCueWord(q))
        {
            q--;
            steps++;
        }
        if (q >= 0 && _mentionAtToken[q] >= 0) { responsibility = false; return MentionRole.Neutral; }
        var headFirst = q + 1;
        var role = RoleFromCueBefore(headFirst, last, MentionRole.Neutral, out responsibility, depth);
        return role;
    }

    private bool IsCueWord(int i) =>
        LowerAt(i) is "by" or "of" or "from" or "to" or "with" or "between" or "and" or "that" or "in" or "for" or "on" or "at"
        || Is(i, WordClass.TargetCue | WordClass.ClaimVerb) || (Is(i, WordClass.PastVerb) && !Is(i, WordClass.AgentNoun));

    private MentionRole ByAgentRole(int byToken)
    {
        for (var k = byToken - 1; k >= 0 && k >= byToken - 4; k--)
        {
            var w = LowerAt(k);
            if (k == byToken - 1 && Is(k, WordClass.RelationParticiple)) return MentionRole.Support;
            if (Is(k, WordClass.AgentiveNoun)) return MentionRole.Agent;
            // "carried out by", "shot dead by", "taken prisoner by".
            if (k >= byToken - 2 && Is(k, WordClass.PastVerb | WordClass.HarmParticiple)) return MentionRole.Agent;
            if (!_tokens[k].IsWord) break;
        }
        return MentionRole.Neutral;
    }

    /// <summary>The nearest token before the name that is not a determiner, number or qualifier.</summary>
    private int PreviousCue(int first)
    {
        var p = first - 1;
        while (p >= 0)
        {
            var t = _tokens[p];
            var w = LowerAt(p);
            if (t.IsWord && (Is(p, WordClass.Skippable) || char.IsDigit(w[0]) || IsHyphenatedAdjective(w))) { p--; continue; }
            // A proper adjective before the name ("a Shiite Peace Battalions force") is not the cue.
            if (t.IsWord && char.IsUpper(_text[t.Start]) && p > 0 && LowerAt(p - 1) is "a" or "an" or "the") { p--; continue; }
            if (w is "\"" && p > 0 && _tokens[p - 1].IsWord && !IsCueWord(p - 1)) { p--; continue; }
            if (w is "at" && p + 1 < _count && LowerAt(p + 1) is "least") { p--; continue; }
            return p;
        }
        return -1;
    }

    private static bool AllDigits(ReadOnlySpan<char> w)
    {
        foreach (var c in w) if (!char.IsDigit(c)) return false;
        return true;
    }

    private static bool IsHyphenatedAdjective(ReadOnlySpan<char> w) =>
        w.Contains('-') && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("range", StringComparison.Ordinal))
        && char.IsLower(w[0]);

    /// <summary>Reads what follows the name: its verb (active, passive, speaking) or the noun it qualifies.</summary>
    private MentionRole RoleFromVerbAfter(int last, out bool responsibility)
    {
        responsibility = false;
        var i = last + 1;
        var sawRelative = false;
        var qualifiesThing = false;
        // The noun phrase the name belongs to: "ISIS’s Khorasan Province", "ISIS operatives", "Iraqi Army’s 20th Division".
        if (i < _count && LowerAt(i) is "'s")
        {
            i++;
            if (i < _count && LowerAt(i) is "\"") i++;
            if (i < _count && !Is(i, WordClass.AgentNoun | WordClass.ActivityNoun)
                && !char.IsDigit(LowerAt(i)[0]) && _mentionAtToken[i] < 0)
                return MentionRole.Neutral;
        }
        for (var steps = 0; i < _count && steps < 4; steps++)
        {
            var w = LowerAt(i);
            if (w is "(") { i = SkipParenthetical(i); continue; }
            if (w is "[") { i = SkipBracket(i); continue; }
            if (w is "\"" or "'s") { i++; continue; }
            if (Is(i, WordClass.AgentNoun) || (char.IsDigit(w[0]) && !AllDigits(w))) { i++; continue; }
            if (Is(i, WordClass.ActivityNoun) && !Is(i, WordClass.PastVerb)) return MentionRole.AgentNominal;
            if (Is(i, WordClass.TargetNoun)) { qualifiesThing = true; i++; continue; }
            break;
        }
        for (var steps = 0; i < _count && steps < 16; steps++, i++)
        {
            var w = LowerAt(i);
            if (w is "." or ";" or ":" or "?" or "!") return MentionRole.Neutral;
            if (w is "(") { i = SkipParenthetical(i) - 1; continue; }
            if (w is "," && StartsSupportPhrase(i + 1)) { i = SkipToComma(i + 1) - 1; continue; }
            if (w is "who" or "which" or "that") { sawRelative = true; continue; }
            if (_mentionAtToken[i] >= 0)
            {
                // "X and Y fired": a compound subject keeps the first as the doer.
                if (i > 0 && LowerAt(i - 1) is "and" or "the" && !sawRelative) { i = SkipMention(i) - 1; continue; }
                if (sawRelative || (i > 0 && LowerAt(i - 1) is "with" or "of" or "by" or "to")) { i = SkipMention(i) - 1; continue; }
                return MentionRole.Neutral;
            }
            if (Is(i, WordClass.BeAux))
            {
                var j = i + 1;
                while (j < _count && Is(j, WordClass.Adverb)) j++;
                if (j >= _count) return MentionRole.Neutral;
                var participle = LowerAt(j);
                if (participle.EndsWith("ing", StringComparison.Ordinal)) return qualifiesThing ? MentionRole.Neutral : MentionRole.Agent;
                if (Is(j, WordClass.HarmParticiple)) { if (sawRelative) { i = j; continue; } return MentionRole.Target; }
                if (Is(j, WordClass.PastVerb) || participle is "dropped" or "sent" or "deployed")
                {
                    if (sawRelative) { i = j; continue; }
                    return qualifiesThing ? MentionRole.Neutral : MentionRole.Agent;
                }
                return MentionRole.Neutral;
            }
            if (w is "had" or "has" or "have")
            {
                var j = i + 1;
                while (j < _count && Is(j, WordClass.Adverb) && LowerAt(j) is not "been") j++;
                if (j < _count && LowerAt(j) is "been") { i = j - 1; continue; }
                if (j < _count && Is(j, WordClass.ClaimVerb))
                {
                    responsibility = ClaimsResponsibility(j);
                    return sawRelative || qualifiesThing ? MentionRole.Neutral : MentionRole.Claimant;
                }
                if (j < _count && Is(j, WordClass.PastVerb))
                {
                    if (sawRelative) { i = j; continue; }
                    return qualifiesThing ? MentionRole.Neutral : MentionRole.Agent;
                }
                continue;
            }
            if (Is(i, WordClass.ClaimVerb))
            {
                if (sawRelative || qualifiesThing) continue;
                responsibility = ClaimsResponsibility(i);
                return MentionRole.Claimant;
            }
            if (Is(i, WordClass.PastVerb) && !Is(i, WordClass.RelationParticiple))
            {
                if (sawRelative && i + 1 < _count && LowerAt(i + 1) is "to") continue; // "who refused to …"
                return qualifiesThing ? MentionRole.Neutral : MentionRole.Agent;
            }
            if (Is(i, WordClass.Adverb | WordClass.AgentNoun | WordClass.Skippable)) continue;
            if (w is "continued" or "continue" or "managed" or "tried") return qualifiesThing ? MentionRole.Neutral : MentionRole.Agent;
            if (w is "in" or "on" or "at" or "near" or "with" or "from" or "of" or "to" or "the" or "a" or "an" or "and"
                || w.EndsWith("ing", StringComparison.Ordinal) || char.IsDigit(w[0]) || w is "," or "\"" or "-")
                continue;
            if (!sawRelative && steps > 6) return MentionRole.Neutral;
        }
        return MentionRole.Neutral;
    }

    /// <summary>"claimed responsibility", "claimed the attack".</summary>
    private bool ClaimsResponsibility(int verb)
    {
        if (verb + 1 >= _count) return false;
        var next = LowerAt(verb + 1);
        if (next is "responsibility") return true;
        return LowerAt(verb) is "claimed" && next is "the" or "an" or "a" or "both" or "two"
            && verb + 2 < _count && Is(verb + 2, WordClass.ActivityNoun);
    }

    private bool StartsSupportPhrase(int i)
    {
        if (i + 2 >= _count) return false;
        var a = LowerAt(i);
        var b = LowerAt(i + 1);
        return a switch
        {
            "with" => b is "the" or "russian" or "support" or "air",
            "together" or "along" => b is "with",
            "in" => b is "cooperation" or "coordination",
            "backed" or "supported" => b is "by",
            "alongside" or "including" => true,
            _ => false,
        };
    }

    private int SkipToComma(int i)
    {
        while (i < _count && MarkAt(i) is not (',' or '.' or ';')) i++;
        return i < _count && MarkAt(i) == ',' ? i + 1 : i;
    }

    private int SkipParenthetical(int i)
    {
        var depth = 0;
        for (; i < _count; i++)
        {
            if (MarkAt(i) == '(') depth++;
            else if (MarkAt(i) == ')' && --depth == 0) return i + 1;
        }
        return i;
    }

    private int SkipBracket(int i)
    {
        while (i < _count && MarkAt(i) != ']') i++;
        return i + 1;
    }

    private int SkipMention(int i)
    {
        var m = _mentionAtToken[i];
        while (i < _count && _mentionAtToken[i] == m) i++;
        return i;
    }

    private bool InsideParentheses(int first, out int openToken)
    {
        var depth = 0;
        for (var p = first - 1; p >= 0; p--)
        {
            var w = MarkAt(p);
            if (w is '.' && depth == 0) break;
            if (w == ')') depth++;
            else if (w == '(')
            {
                if (depth == 0) { openToken = p; return true; }
                depth--;
            }
        }
        openToken = -1;
        return false;
    }

    /// <summary>
    /// "The “Awaken the Believers” operations room (affiliated with Al-Qaeda) reported …": a group known
    /// only through its affiliation is read as that affiliation. Other names in parentheses are labels.
    /// </summary>
    private MentionRole ParentheticalRole(int openToken, out bool responsibility)
    {
        responsibility = false;
        if (openToken + 2 < _count && LowerAt(openToken + 1) is "affiliated" && LowerAt(openToken + 2) is "with" or "to")
        {
            // Only when nothing named stands before it as the subject.
            for (var k = openToken - 1; k >= 0 && MarkAt(k) is not ('.' or ';' or ','); k--)
                if (_mentionAtToken[k] >= 0) return MentionRole.Support;
            var close = SkipParenthetical(openToken);
            var role = RoleFromVerbAfter(close - 1, out responsibility);
            return role is MentionRole.Agent or MentionRole.Claimant ? role : MentionRole.Support;
        }
        return MentionRole.Neutral;
    }

    private MentionRole AffiliatedSubjectRole(int first, int last, out bool responsibility)
    {
        responsibility = false;
        var next = last + 1;
        if (next >= _count || !LowerAt(last).EndsWith("-affiliated", StringComparison.Ordinal) && !LowerAt(last).EndsWith("-linked", StringComparison.Ordinal))
            return MentionRole.Support;
        if (!Is(next, WordClass.GroupNoun)) return MentionRole.Support;
        var p = PreviousCue(first);
        if (p >= 0 && LowerAt(p) is not ("," or ":" or ";" or "that" or "\"")) return MentionRole.Support;
        var role = RoleFromVerbAfter(next, out responsibility);
        return role is MentionRole.Agent or MentionRole.Claimant ? role : MentionRole.Support;
    }

    /// <summary>Inside "According to …," up to its comma: the name is who says so.</summary>
    private bool InSourceClause(int first)
    {
        for (var p = first - 1; p >= 1; p--)
        {
            var w = MarkAt(p);
            if (w is ',' or '.' or ';') return false;
            if (WordIs(p, "to") && WordIs(p - 1, "according")) return true;
        }
        return false;
    }
}
