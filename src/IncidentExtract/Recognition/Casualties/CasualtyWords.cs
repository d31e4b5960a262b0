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

    private static readonly SearchValues<string> Triggers = SearchValues.Create(Words, StringComparison.OrdinalIgnoreCase);

    public static bool MayStateCasualties(ReadOnlySpan<char> text) => text.ContainsAny(Triggers);

    /// <summary>Where the first casualty word at or after <paramref name="from"/> starts; -1 when there is none.</summary>
    public static int IndexOfTrigger(string text, int from)
    {
        if (from >= text.Length) return -1;
        var hit = text.AsSpan(from).IndexOfAny(Triggers);
        return hit < 0 ? -1 : from + hit;
    }
}
