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
    /// What is searched for: parts of the casualty words rather than the words, so that a few cover them all
    /// ("injur" for injured, injuries and injuring) and none starts like a common word ("mselves" for "themselves",
    /// not "the…"; "rrendered", not "sur…"). A search for many words, or for words that start like common ones,
    /// stops at many places that it then has to check. A part is found wherever its word is, so the test stays a
    /// superset; the tests hold every word a clause turns on to it. All are letters only, so that one never reaches
    /// over the mark or spaces that end a sentence (the tokenizer relies on it to search a whole text once for all
    /// its sentences).
    /// </summary>
    internal static readonly string[] Words =
    [
        "abduct", "apprehended", "arrest", "assassinat", "behead", "captur", "casualties", "dead", "death", "detained",
        "detaining", "detention", "died", "execut", "fatalities", "hurt", "injur", "kidnapp", "kill", "lives", "losses",
        "lost", "murder", "perished", "slain", "succumbed", "rrendered", "taken", "mselves", "wound",
    ];

    /// <summary>
    /// The words in groups of at most eight, each searched for apart: a search for eight words or fewer gives each its
    /// own bucket and stops at few places it must check, while one search for all thirty stops at so many (to compare
    /// them in any case) that four searches cost about a third of it. A text spells a word exactly when it spells a
    /// word of some group.
    /// </summary>
    private static readonly SearchValues<string>[] TriggerGroups =
        [.. Words.Chunk(8).Select(group => SearchValues.Create(group, StringComparison.OrdinalIgnoreCase))];

    private static readonly int LongestWord = Words.Max(w => w.Length);

    public static bool MayStateCasualties(ReadOnlySpan<char> text)
    {
        foreach (var group in TriggerGroups)
            if (text.ContainsAny(group)) return true;
        return false;
    }

    /// <summary>Where the first casualty word at or after <paramref name="from"/> starts; -1 when there is none.</summary>
    public static int IndexOfTrigger(string text, int from)
    {
        if (from >= text.Length) return -1;
        var span = text.AsSpan(from);
        var first = -1;
        foreach (var group in TriggerGroups)
        {
            // Once a word is found, a later group need only be searched where a word of it could start earlier: up to
            // that place, plus room for its longest word to end.
            var searched = first < 0 ? span : span[..Math.Min(span.Length, first + LongestWord - 1)];
            var hit = searched.IndexOfAny(group);
            if (hit >= 0 && (first < 0 || hit < first)) first = hit;
        }
        return first < 0 ? -1 : from + first;
    }
}
