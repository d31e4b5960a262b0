using IncidentExtract.Recognition.Numbers;

namespace IncidentExtract.Recognition.Casualties;

/// <summary>How many people a noun phrase names: a number, a range, an open minimum, vague, or unknown.</summary>
internal readonly record struct Headcount(int? Min, int? Max, bool IsVague, string? VagueText = null)
{
    public static readonly Headcount Unknown = default;

    public bool IsKnown => Min is not null;

    public static Headcount Exactly(int n) => new(n, n, false);

    /// <summary>
    /// Counts a noun phrase: coordinated parts are added ("An officer and two soldiers" = 3), each part
    /// counted by its first number ("a squad numbering four operatives" = 4) or, without one, as one person
    /// when singular ("An officer with the rank of lieutenant colonel", "He", "the other"). Parts with no
    /// count ("and prison guards") are left out when another part has one, and so are numbers of things
    /// ("two ISIS hideouts").
    /// </summary>
    public static Headcount Of(List<Token> phrase)
    {
        int? min = null;
        int? max = 0;
        string? vague = null;
        var start = 0;
        for (var i = 0; i <= phrase.Count; i++)
        {
            if (i < phrase.Count && !IsConjunction(phrase[i])) continue;
            var part = OfPart(phrase, start, i);
            start = i + 1;
            if (part.IsVague) vague ??= part.VagueText;
            if (!part.IsKnown) continue;
            min = (min ?? 0) + part.Min!.Value;
            max = max is { } m && part.Max is { } pm ? m + pm : null;
        }
        if (min is not null) return new Headcount(min, max, false);
        return vague is not null ? new Headcount(null, null, true, vague) : Unknown;
    }

    private static bool IsConjunction(Token t) => t.IsWord("and") || t.IsWord("or") || t.IsPunctuation(',');

    private static Headcount OfPart(List<Token> phrase, int start, int end)
    {
        if (start >= end) return Unknown;
        for (var i = start; i < end; i++)
        {
            if (phrase[i].Number is not { } n) continue;
            if (HeadNoun(phrase, i + 1, end) is var counted and >= 0 && PersonNouns.IsNonPerson(phrase[counted].Span)) return Unknown; // "two ISIS hideouts"
            return n.Qualifier == NumberQualifier.Vague ? new Headcount(null, null, true, n.Text.ToLowerInvariant()) : new Headcount(n.Min, n.Max, false);
        }
        var first = phrase[start];
        if (first.IsWord("no") || first.IsWord("none") || first.IsWord("nobody")) return Exactly(0);
        if (first.IsWord("he") || first.IsWord("she") || first.IsWord("him") || (first.IsWord("her") && end - start == 1)) return Exactly(1);
        if (first.IsWord("both")) return Exactly(2);
        if (first.IsWord("another")) return Exactly(1);
        var article = first.IsWord("a") || first.IsWord("an");
        var definite = first.IsWord("the") || first.IsWord("this") || first.IsWord("that")
            || first.IsWord("his") || first.IsWord("her") || first.IsWord("their") || first.IsWord("its"); // "and his deputy"
        if (!article && !definite) return Unknown;
        var head = HeadNoun(phrase, start + 1, end);
        return head >= 0 && PersonNouns.IsSingularPerson(phrase[head].Span) ? Exactly(1) : Unknown;
    }

    /// <summary>Where the head noun of [<paramref name="start"/>, <paramref name="end"/>) is, -1 when it has none.</summary>
    private static int HeadNoun(List<Token> phrase, int start, int end)
    {
        var head = -1;
        for (var i = start; i < end; i++)
        {
            var t = phrase[i];
            if (t.Kind != TokenKind.Word) break;
            if (t.IsWordIn(CasualtyLexicon.Prepositions)) break;
            head = i;
        }
        return head;
    }
}
