using IncidentExtract.Recognition.Numbers;

namespace IncidentExtract.Recognition.Casualties;

/// <summary>
/// Finds the casualty statements of one tokenised sentence: passives ("An officer and two soldiers were
/// killed"), surrenders ("18 ISIS operatives had turned themselves in"), active verbs with the victims as
/// object ("killing seven ISIS operatives"), event nouns ("The killing of two members"), counts with a
/// casualty noun ("seven dead", "11 fatalities"), "no casualties", and vague losses ("sustained many casualties").
/// </summary>
internal static class CasualtyClauseFinder
{
    public static List<CasualtyFinding> Find(List<Token> tokens)
    {
        var findings = new List<CasualtyFinding>();
        var counted = new bool[tokens.Count]; // numbers already used by a clause are not counted again
        List<Token>? phrase = null; // one list for every subject and object read, made at the first
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!CasualtyLexicon.IsClauseHead(t)) continue; // most words start no clause: one lookup instead of a dozen
            if (TryNoCasualties(tokens, i, findings)) continue;
            if (t.IsWordIn(CasualtyLexicon.PassiveAuxiliaries) && TryPassive(tokens, i, counted, findings, ref phrase, out var passiveEnd)) { i = passiveEnd; continue; }
            if (TryIntransitive(tokens, i, counted, findings, ref phrase, out var intransitiveEnd)) { i = intransitiveEnd; continue; }
            if (TryEventNoun(tokens, i, counted, findings, ref phrase)) continue;
            if (TryActive(tokens, i, counted, findings, ref phrase, out var activeEnd)) { i = activeEnd; continue; }
            if (TryLivesOf(tokens, i, counted, findings, ref phrase)) continue;
            TryLosses(tokens, i, counted, findings);
        }
        for (var i = 0; i < tokens.Count; i++)
            if (!counted[i] && tokens[i].Kind == TokenKind.Number) TryCountNoun(tokens, i, counted, findings);
        return findings;
    }

    private static bool TryNoCasualties(List<Token> tokens, int i, List<CasualtyFinding> into)
    {
        if (!(tokens[i].IsWord("no") || tokens[i].IsWord("without")) || i + 1 >= tokens.Count) return false;
        var noun = tokens[i + 1];
        if (noun.IsWord("casualties"))
        {
            into.Add(new CasualtyFinding(CasualtyKind.Killed, 0, 0, false, "no casualties"));
            into.Add(new CasualtyFinding(CasualtyKind.Wounded, 0, 0, false, "no casualties"));
            return true;
        }
        if (noun.IsWord("fatalities") || noun.IsWord("deaths"))
        {
            into.Add(new CasualtyFinding(CasualtyKind.Killed, 0, 0, false, "no fatalities"));
            return true;
        }
        if (noun.IsWord("injuries"))
        {
            into.Add(new CasualtyFinding(CasualtyKind.Wounded, 0, 0, false, "no injuries"));
            return true;
        }
        return false;
    }

    private static bool TryPassive(List<Token> tokens, int aux, bool[] counted, List<CasualtyFinding> into, ref List<Token>? phrase, out int end)
    {
        var kinds = ReadParticipleChain(tokens, SkipAdverbs(tokens, aux + 1), out end, out var usesOr);
        if (kinds.Count == 0) return false;
        var subjectEnd = SkipBack(tokens, aux - 1, CasualtyLexicon.PerfectAuxiliaries);
        var subject = PhraseScanner.SubjectBefore(tokens, subjectEnd, out var subjectStart, phrase ??= new List<Token>(16));
        AddFindings(kinds, Headcount.Of(subject), usesOr, into);
        MarkNumbers(tokens, subjectStart, subjectEnd, counted);
        return true;
    }

    /// <summary>"killed", "shot and killed", "interrogated and then executed", "killed or wounded", "taken prisoner".</summary>
    private static IReadOnlyList<CasualtyKind> ReadParticipleChain(List<Token> tokens, int j, out int end, out bool usesOr)
    {
        List<CasualtyKind>? kinds = null; // most auxiliaries ("was located") start no casualty clause: no list for them
        usesOr = false;
        end = j;
        while (j < tokens.Count && tokens[j].Kind == TokenKind.Word)
        {
            var w = tokens[j];
            var hasNext = j + 1 < tokens.Count;
            var next = hasNext ? tokens[j + 1] : default;
            if (CasualtyLexicon.Participles.TryGetValue(w.Span, out var kind)) (kinds ??= new List<CasualtyKind>(2)).Add(kind);
            else if (w.IsWord("taken") && hasNext && (next.IsWord("prisoner") || next.IsWord("captive") || next.IsWord("hostage")))
            {
                (kinds ??= new List<CasualtyKind>(2)).Add(CasualtyKind.Captured);
                j++;
            }
            else if ((w.IsWord("shot") || w.IsWord("found")) && hasNext && next.IsWord("dead"))
            {
                (kinds ??= new List<CasualtyKind>(2)).Add(CasualtyKind.Killed);
                j++;
            }
            else if (!LooksLikeParticiple(w)) break;
            end = j;
            j++;
            if (j < tokens.Count && (tokens[j].IsWord("and") || tokens[j].IsWord("or")))
            {
                usesOr |= tokens[j].IsWord("or");
                j = SkipAdverbs(tokens, j + 1);
                continue;
            }
            break;
        }
        return kinds is null ? [] : kinds;
    }

    private static bool LooksLikeParticiple(Token w) =>
        w.Span.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.IsWord("shot") || w.IsWord("hit") || w.IsWord("caught")
        || w.IsWord("taken") || w.IsWord("held") || w.IsWord("beaten") || w.IsWord("struck") || w.IsWord("led");

    /// <summary>
    /// Verbs whose subject is the people counted and that take no object: "surrendered",
    /// "turned themselves in", "died", "lost their lives".
    /// </summary>
    private static bool TryIntransitive(List<Token> tokens, int i, bool[] counted, List<CasualtyFinding> into, ref List<Token>? phrase, out int end)
    {
        end = i;
        var t = tokens[i];
        CasualtyKind kind;
        if (t.IsWord("surrendered")) kind = CasualtyKind.Captured;
        else if (t.IsWord("died") || t.IsWord("perished") || t.IsWord("succumbed")) kind = CasualtyKind.Killed;
        else if ((t.IsWord("turned") || t.IsWord("handed") || t.IsWord("gave")) && i + 2 < tokens.Count && tokens[i + 1].IsWord("themselves")
                 && (tokens[i + 2].IsWord("in") || tokens[i + 2].IsWord("over") || tokens[i + 2].IsWord("up")))
            (kind, end) = (CasualtyKind.Captured, i + 2);
        else if (t.IsWord("lost") && i + 2 < tokens.Count && (tokens[i + 1].IsWord("their") || tokens[i + 1].IsWord("his") || tokens[i + 1].IsWord("her"))
                 && (tokens[i + 2].IsWord("lives") || tokens[i + 2].IsWord("life")))
            (kind, end) = (CasualtyKind.Killed, i + 2);
        else return false;

        var before = SkipBack(tokens, SkipBackAdverbs(tokens, i - 1), CasualtyLexicon.PerfectAuxiliaries);
        if (before >= 0 && (tokens[before].IsWord("to") || tokens[before].IsWordIn(CasualtyLexicon.PassiveAuxiliaries))) return false;
        var subject = PhraseScanner.SubjectBefore(tokens, before, out var subjectStart, phrase ??= new List<Token>(16));
        AddFindings([kind], Headcount.Of(subject), false, into);
        MarkNumbers(tokens, subjectStart, before, counted);
        return true;
    }

    private static bool TryEventNoun(List<Token> tokens, int i, bool[] counted, List<CasualtyFinding> into, ref List<Token>? phrase)
    {
        if (!CasualtyLexicon.EventNouns.TryGetValue(tokens[i].Span, out var kind)) return false;
        if (i + 1 >= tokens.Count || !tokens[i + 1].IsWord("of")) return false;
        if (i == 0 || !(tokens[i - 1].IsWord("the") || tokens[i - 1].IsWord("a"))) return false;
        var obj = PhraseScanner.ObjectAfter(tokens, i + 2, out var objEnd, phrase ??= new List<Token>(16));
        var count = Headcount.Of(obj);
        if (!count.IsKnown && !count.IsVague) return true;
        AddFindings([kind], count, false, into);
        MarkNumbers(tokens, i + 2, objEnd, counted);
        return true;
    }

    private static bool TryActive(List<Token> tokens, int i, bool[] counted, List<CasualtyFinding> into, ref List<Token>? phrase, out int end)
    {
        end = i;
        if (!CasualtyLexicon.ActiveVerbs.TryGetValue(tokens[i].Span, out var kind)) return false;
        if (i > 0 && (tokens[i - 1].IsWord("the") || tokens[i - 1].IsWord("a") || tokens[i - 1].IsWord("an"))) return false; // "the wounded"
        var before = SkipBack(tokens, SkipBackAdverbs(tokens, i - 1), CasualtyLexicon.PerfectAuxiliaries);
        if (before >= 0 && tokens[before].IsWordIn(CasualtyLexicon.PassiveAuxiliaries)) return false;
        for (var k = Math.Max(0, i - 2); k < i; k++)
            if (tokens[k].IsWordIn(CasualtyLexicon.IntentMarkers)) return false; // "with the aim of capturing"

        // "killed and wounded 20 soldiers": one object for both verbs.
        var kinds = new List<CasualtyKind>(2) { kind };
        var last = i;
        var usesOr = false;
        while (last + 2 < tokens.Count && (tokens[last + 1].IsWord("and") || tokens[last + 1].IsWord("or"))
               && CasualtyLexicon.ActiveVerbs.TryGetValue(tokens[last + 2].Span, out var nextKind))
        {
            usesOr |= tokens[last + 1].IsWord("or");
            kinds.Add(nextKind);
            last += 2;
        }
        var obj = PhraseScanner.ObjectAfter(tokens, SkipAdverbs(tokens, last + 1), out var objEnd, phrase ??= new List<Token>(16));
        var count = Headcount.Of(obj);
        if (!count.IsKnown && !count.IsVague) return false;
        AddFindings(kinds, count, usesOr, into);
        MarkNumbers(tokens, last + 1, objEnd, counted);
        end = Math.Max(last, objEnd);
        return true;
    }

    /// <summary>"claimed the lives of 12 people".</summary>
    private static bool TryLivesOf(List<Token> tokens, int i, bool[] counted, List<CasualtyFinding> into, ref List<Token>? phrase)
    {
        if (!tokens[i].IsWord("lives") || i + 1 >= tokens.Count || !tokens[i + 1].IsWord("of") || i == 0 || !tokens[i - 1].IsWord("the")) return false;
        var obj = PhraseScanner.ObjectAfter(tokens, i + 2, out var objEnd, phrase ??= new List<Token>(16));
        var count = Headcount.Of(obj);
        if (!count.IsKnown && !count.IsVague) return false;
        AddFindings([CasualtyKind.Killed], count, false, into);
        MarkNumbers(tokens, i + 2, objEnd, counted);
        return true;
    }

    /// <summary>"seven dead", "at least 13 wounded", "13 others wounded", "11 fatalities", "22 casualties".</summary>
    private static void TryCountNoun(List<Token> tokens, int i, bool[] counted, List<CasualtyFinding> into)
    {
        for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
        {
            var w = tokens[j];
            if (w.Kind != TokenKind.Word) return;
            if (CasualtyLexicon.CountNouns.TryGetValue(w.Span, out var kind))
            {
                var n = tokens[i].Number!;
                var count = n.Qualifier == NumberQualifier.Vague ? new Headcount(null, null, true, n.Text.ToLowerInvariant()) : new Headcount(n.Min, n.Max, false);
                var note = kind == CasualtyKind.KilledOrWounded && count.IsKnown ? $"{n.Text} {w.Text.ToLowerInvariant()}" : null;
                AddFindings([kind], count, false, into, note);
                counted[i] = true;
                return;
            }
            if (w.IsWordIn(CasualtyLexicon.PassiveAuxiliaries) || w.IsWordIn(CasualtyLexicon.PerfectAuxiliaries) || w.IsWordIn(CasualtyLexicon.Prepositions)
                || w.IsWord("and") || w.IsWord("or") || j == i + 3)
                return;
        }
    }

    /// <summary>"ISIS sustained many casualties", "Both sides sustained casualties", "sustained heavy losses".</summary>
    private static void TryLosses(List<Token> tokens, int i, bool[] counted, List<CasualtyFinding> into)
    {
        if (!tokens[i].IsWordIn(CasualtyLexicon.LossVerbs)) return;
        for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Number && t.Number!.Qualifier != NumberQualifier.Vague) return;
            if (t.Kind == TokenKind.Punctuation) return;
            if (!t.IsWordIn(CasualtyLexicon.LossNouns)) continue;
            var words = new List<string>(3);
            for (var k = i + 1; k <= j; k++)
                if (!(tokens[k].IsWord("them") || tokens[k].IsWord("it") || tokens[k].IsWord("him"))) words.Add(tokens[k].Text.ToLowerInvariant());
            var note = string.Join(' ', words);
            into.Add(new CasualtyFinding(CasualtyKind.KilledOrWounded, null, null, true, words.Count == 1 ? note + " (number not given)" : note));
            MarkNumbers(tokens, i + 1, j, counted);
            return;
        }
    }

    private static void AddFindings(IReadOnlyList<CasualtyKind> kinds, Headcount count, bool usesOr, List<CasualtyFinding> into, string? noteOverride = null)
    {
        var killedAndWounded = Has(kinds, CasualtyKind.Killed) && Has(kinds, CasualtyKind.Wounded);
        if (killedAndWounded)
        {
            var joined = usesOr ? "killed or wounded" : "killed and wounded";
            var note = count.IsKnown ? $"{count.Min} {joined}" : count.IsVague ? $"{count.VagueText} {joined}" : joined;
            into.Add(new CasualtyFinding(CasualtyKind.KilledOrWounded, null, null, true, note));
        }
        for (var k = 0; k < kinds.Count; k++)
        {
            var kind = kinds[k];
            if (Has(kinds, kind, before: k)) continue; // each kind once, where it first appears
            if (killedAndWounded && kind is CasualtyKind.Killed or CasualtyKind.Wounded) continue;
            if (kind == CasualtyKind.KilledOrWounded)
            {
                into.Add(new CasualtyFinding(kind, null, null, true, noteOverride ?? (count.IsVague ? $"{count.VagueText} casualties" : "casualties")));
                continue;
            }
            if (count.IsKnown) into.Add(new CasualtyFinding(kind, count.Min, count.Max, false, noteOverride ?? ""));
            else if (count.IsVague) into.Add(new CasualtyFinding(kind, null, null, true, $"{count.VagueText} {KindWord(kind)}"));
        }
    }

    private static bool Has(IReadOnlyList<CasualtyKind> kinds, CasualtyKind kind, int before = int.MaxValue)
    {
        for (var i = 0; i < kinds.Count && i < before; i++)
            if (kinds[i] == kind) return true;
        return false;
    }

    private static string KindWord(CasualtyKind kind) => kind switch
    {
        CasualtyKind.Killed => "killed",
        CasualtyKind.Wounded => "wounded",
        CasualtyKind.Captured => "captured",
        _ => "killed or wounded",
    };

    private static void MarkNumbers(List<Token> tokens, int from, int to, bool[] counted)
    {
        for (var k = Math.Max(0, from); k <= to && k < tokens.Count; k++)
            if (tokens[k].Kind == TokenKind.Number) counted[k] = true;
    }

    private static int SkipAdverbs(List<Token> tokens, int j)
    {
        while (j < tokens.Count && tokens[j].IsWordIn(CasualtyLexicon.Adverbs)) j++;
        return j;
    }

    private static int SkipBackAdverbs(List<Token> tokens, int j)
    {
        while (j >= 0 && tokens[j].IsWordIn(CasualtyLexicon.Adverbs)) j--;
        return j;
    }

    private static int SkipBack(List<Token> tokens, int j, WordSet words)
    {
        while (j >= 0 && (tokens[j].IsWordIn(words) || tokens[j].IsWordIn(CasualtyLexicon.Adverbs))) j--;
        return j;
    }
}
