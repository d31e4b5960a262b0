using System.Buffers;

namespace IncidentExtract.Segmentation;

/// <summary>A sentence as a span of its block's text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
    public string Of(string text) => text.Substring(Start, Length);
}

/// <summary>
/// Splits a block into sentences. A full stop ends a sentence only outside parentheses (citations
/// and asides hold their own full stops), not after a title or initial ("Col. Ryan Dillon",
/// "Daniel R. Coats"), and also where a typo dropped the space ("displaced persons.ISIS claimed").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Col", "Maj", "Gen", "Lt", "Sgt", "Capt", "Cpt", "Brig", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Prof",
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "No", "vs", "etc", "ie", "eg", "approx", "Inc", "Co", "Corp",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft",
    };

    // Asked with the word as it stands in the text: a string of it is made only when it holds a full stop to drop.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Marks = SearchValues.Create("()[].!?");

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        int start = 0, depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            // Only brackets and sentence marks matter: jump to the next one.
            int skip = text.AsSpan(i).IndexOfAny(Marks);
            if (skip < 0) break;
            i += skip;
            char c = text[i];
            if (c is '(' or '[') { depth++; continue; }
            if (c is ')' or ']') { depth = Math.Max(0, depth - 1); continue; }
            if (depth > 0 || c is not ('.' or '!' or '?')) continue;

            int end = i + 1;
            while (end < text.Length && text[end] is '”' or '"' or '’' or '\'') end++;
            bool spaced = end < text.Length && char.IsWhiteSpace(text[end]);
            int next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next >= text.Length) break;

            bool startsSentence = char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '“' or '"' or '(' or '•';
            bool boundary = spaced
                ? startsSentence && !EndsWithAbbreviation(text, start, i)
                : c == '.' && i > 0 && char.IsLower(text[i - 1]) && char.IsUpper(text[next]) && next + 1 < text.Length && char.IsLetter(text[next + 1]);
            if (!boundary) continue;

            spans.Add(Trimmed(text, start, end));
            start = next;
            i = next - 1;
        }
        if (start < text.Length)
        {
            var last = Trimmed(text, start, text.Length);
            if (last.Length > 0) spans.Add(last);
        }
        return spans;
    }

    private static bool EndsWithAbbreviation(string text, int sentenceStart, int dot)
    {
        int w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text.AsSpan(w, dot - w);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "Daniel R. Coats"
        if (!word.Contains('.')) return AbbreviationsBySpan.Contains(word);
        var bare = word.ToString().Replace(".", "");
        return Abbreviations.Contains(bare) || bare.Length <= 3; // "U.S.", "i.e."
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end - start);
    }
}
