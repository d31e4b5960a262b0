namespace IncidentExtract.Recognition.Casualties;

/// <summary>Delimits the noun phrase before a verb (its subject) or after it (its object).</summary>
internal static class PhraseScanner
{
    /// <summary>
    /// Reads backwards from <paramref name="last"/> to the start of the subject: a clause word ("that",
    /// "who"), a clause-joining "and" (", and" or after a verb: "was killed and two others"), or a comma
    /// that does not close an inserted breakdown (", two of them officers,", ", along with 51 women,").
    /// </summary>
    /// <remarks>The phrase is read into <paramref name="kept"/>, cleared first: a list the caller reuses for every phrase.</remarks>
    public static List<Token> SubjectBefore(List<Token> tokens, int last, out int start, List<Token> kept)
    {
        // Collected backwards (the phrase's first word last) so that each step appends instead of
        // shifting the whole list; the segment being read is always the tail.
        kept.Clear();
        var segmentLength = 0;
        var k = last;
        for (; k >= 0; k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (!t.IsPunctuation(',')) break;
                if (segmentLength == 0) continue;
                if (!IsInsertedBreakdown(kept, segmentLength)) break;
                kept.RemoveRange(kept.Count - segmentLength, segmentLength);
                segmentLength = 0;
                continue;
            }
            if (t.IsWordIn(CasualtyLexicon.ClauseStarts)) break;
            if ((t.IsWord("and") || t.IsWord("or")) && JoinsClauses(tokens, k)) break;
            kept.Add(t);
            segmentLength++;
        }
        start = k + 1;
        kept.Reverse();
        return kept;
    }

    /// <summary>Reads forwards to the end of the object: punctuation, a preposition, or "and" before another verb.</summary>
    /// <remarks>The phrase is read into <paramref name="kept"/>, cleared first: a list the caller reuses for every phrase.</remarks>
    public static List<Token> ObjectAfter(List<Token> tokens, int first, out int end, List<Token> kept)
    {
        kept.Clear();
        var k = first;
        for (; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation || t.IsWordIn(CasualtyLexicon.ObjectEnds)) break;
            if ((t.IsWord("and") || t.IsWord("or")) && k + 1 < tokens.Count && StartsVerbPhrase(tokens[k + 1])) break;
            kept.Add(t);
        }
        end = k - 1;
        return kept;
    }

    private static bool JoinsClauses(List<Token> tokens, int conjunction)
    {
        if (conjunction == 0) return true;
        var before = tokens[conjunction - 1];
        return before.Kind == TokenKind.Punctuation
            || before.Kind == TokenKind.Word && (CasualtyLexicon.Participles.ContainsKey(before.Span)
                || before.Span.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || before.IsWord("dead")
                || before.IsWord("him") || before.IsWord("them") || before.IsWord("her"));
    }

    private static bool StartsVerbPhrase(Token t) =>
        t.Kind == TokenKind.Word && (t.Span.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || t.Span.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || t.IsWord("then") || CasualtyLexicon.ActiveVerbs.ContainsKey(t.Span) || t.IsWordIn(CasualtyLexicon.PassiveAuxiliaries));

    /// <summary>The segment read last, the tail of the backwards list <paramref name="reversed"/>, is "two of them officers", "along with …", "including …".</summary>
    private static bool IsInsertedBreakdown(List<Token> reversed, int length)
    {
        var first = reversed[^1];
        if (first.IsWordIn(CasualtyLexicon.AppositiveStarts)) return true;
        if (length >= 3 && reversed[^2].IsWord("of") && (reversed[^3].IsWord("them") || reversed[^3].IsWord("whom") || reversed[^3].IsWord("those")))
            return first.Kind == TokenKind.Number || first.IsWord("one") || first.IsWord("some") || first.IsWord("none");
        return false;
    }
}
