using System.Buffers;

namespace IncidentExtract.Recognition.Places;

/// <summary>
/// Cheap tests of where a text may hold its first match of <see cref="CuePatterns.NamedSettlement"/> ("the village of
/// Tundarat") or <see cref="CuePatterns.NamedFeature"/> ("the Conoco gas field"): -1 only when the pattern certainly
/// finds nothing, else a position no match starts before, where the pattern's search can begin. A block text is long
/// and most hold "city", "area" or "the" many times, where the patterns try a match at every one; few hold a kind
/// word with a capitalised name beside it.
/// </summary>
internal static class UnknownNameGates
{
    // Every match of NamedSettlement starts with one of these, of NamedFeature ends with a word starting with one.
    private static readonly SearchValues<string> SettlementKinds =
        SearchValues.Create(["village", "town", "city", "hamlet", "neighbo", "camp"], StringComparison.Ordinal);
    private static readonly SearchValues<string> FeatureKinds =
        SearchValues.Create(["dam", "oil", "gas", "field", "crossing", "prison", "camp", "airport", "air", "bridge", "area",
            "district", "desert", "mountain", "plain"], StringComparison.Ordinal);

    /// <summary>Where the first NamedSettlement match may start, or -1 when there is none: the first settlement kind word
    /// followed by "of" and a name's first letter (a capital, or the a or e of an article: "the town of Al-Hawl"), with
    /// only white space between, as every match has it.</summary>
    public static int FirstSettlementFrom(ReadOnlySpan<char> text)
    {
        var from = 0;
        int at;
        while ((at = text[from..].IndexOfAny(SettlementKinds)) >= 0)
        {
            var start = from + at;
            var i = start;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            from = i;
            if (!SkipSpace(text, ref i) || !text[i..].StartsWith("of", StringComparison.Ordinal)) continue;
            i += 2;
            if (SkipSpace(text, ref i) && (char.IsUpper(text[i]) || text[i] is 'a' or 'e')) return start;
        }
        return -1;
    }

    /// <summary>Where the first NamedFeature match may start, or -1 when there is none: a feature kind word after white
    /// space after a capitalised word (the name's last word), as every match has it. A match is "the", the name and the
    /// kind, all letters, marks, hyphens and white space: it starts no earlier than the run of those characters that
    /// leads to the first such kind word.</summary>
    public static int FirstFeatureFrom(ReadOnlySpan<char> text)
    {
        var from = 0;
        int at;
        while ((at = text[from..].IndexOfAny(FeatureKinds)) >= 0)
        {
            var i = from + at;
            from = i + 1;
            var end = i;
            while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
            if (end == i) continue;
            var start = end;
            while (start > 0 && IsNameChar(text[start - 1])) start--;
            if (end - start < 2 || !char.IsUpper(text[start])) continue;
            while (start > 0 && (IsNameChar(text[start - 1]) || char.IsWhiteSpace(text[start - 1]) || text[start - 1] == '-')) start--;
            return start;
        }
        return -1;
    }

    // A name word's characters after its capital: letters and the marks the patterns allow ([\p{L}’'‘ʿ]).
    private static bool IsNameChar(char c) => char.IsLetter(c) || c is '’' or '\'' or '‘' or 'ʿ';

    // Over one or more white-space characters; false when there are none or the text ends there.
    private static bool SkipSpace(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i > start && i < text.Length;
    }
}
