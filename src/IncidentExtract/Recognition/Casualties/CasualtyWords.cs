using System.Buffers;

namespace IncidentExtract.Recognition.Casualties;

/// <summary>
/// Every casualty clause turns on one of a known set of words (a participle, an active verb, an event
/// noun, a count noun, "surrendered", "lost their lives" …). A sentence that spells none of them, in any
/// case, cannot yield a finding, so it need not be tokenised or searched for numbers: most sentences of
/// a report state no casualties at all. The test is a superset (substrings, not whole words), so it
/// never changes a result.
/// </summary>
internal static class CasualtyWords
{
    /// <summary>
    /// The words themselves. All are letters only, so that one never reaches over the mark or spaces that
    /// end a sentence (the tokenizer relies on it to search a whole text once for all its sentences).
    /// </summary>
    internal static readonly string[] Words = AllTriggers();

    private static readonly SearchValues<string> Triggers = SearchValues.Create(Words, StringComparison.OrdinalIgnoreCase);

    public static bool MayStateCasualties(ReadOnlySpan<char> text) => text.ContainsAny(Triggers);

    /// <summary>Where the first casualty word at or after <paramref name="from"/> starts; -1 when there is none.</summary>
    public static int IndexOfTrigger(string text, int from)
    {
        if (from >= text.Length) return -1;
        var hit = text.AsSpan(from).IndexOfAny(Triggers);
        return hit < 0 ? -1 : from + hit;
    }

    private static string[] AllTriggers()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            // TryPassive's "taken prisoner", "shot dead", "found dead"; TryIntransitive's verbs; TryLivesOf.
            "taken", "dead", "surrendered", "died", "perished", "succumbed", "themselves", "lost", "lives",
        };
        words.UnionWith(CasualtyLexicon.Participles.Keys);
        words.UnionWith(CasualtyLexicon.ActiveVerbs.Keys);
        words.UnionWith(CasualtyLexicon.EventNouns.Keys);
        words.UnionWith(CasualtyLexicon.CountNouns.Keys);
        words.UnionWith(CasualtyLexicon.LossNouns);
        // A word that holds another ("killed" holds "kill") adds no text the other misses; fewer words, a quicker search.
        return [.. words.Where(w => !words.Any(other => other.Length < w.Length && w.Contains(other, StringComparison.OrdinalIgnoreCase)))];
    }
}
