namespace IncidentExtract.Recognition.Numbers;

/// <summary>
/// A cheap first test for "is this word one of a small set, in any case?": which last letters the set's words
/// have for each length and first letter. A word whose shape no member has is not a member ("the": no
/// three-letter member starts with t and ends with e); a word that passes may still not be one (the caller
/// looks it up). Letters outside ASCII are not judged: they may fold onto ASCII letters ("ſ" is "s" ignoring
/// case), so such a word always passes.
/// </summary>
internal sealed class WordShapeGate
{
    private const int Letters = 26;
    private readonly uint[] _lastLetters; // [length * 26 + first letter] → a bit per last letter

    public WordShapeGate(IEnumerable<string> words)
    {
        var list = words.ToList();
        _lastLetters = new uint[(list.Max(w => w.Length) + 1) * Letters];
        foreach (var w in list)
        {
            if (!char.IsAsciiLetter(w[0]) || !char.IsAsciiLetter(w[^1]))
                throw new ArgumentException($"'{w}': the gate judges words of ASCII letters only", nameof(words));
            _lastLetters[w.Length * Letters + Index(w[0])] |= 1u << Index(w[^1]);
        }
    }

    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length * Letters >= _lastLetters.Length) return false;
        char first = word[0], last = word[^1];
        if (!char.IsAscii(first) || !char.IsAscii(last)) return true;
        return char.IsAsciiLetter(first) && char.IsAsciiLetter(last)
            && (_lastLetters[word.Length * Letters + Index(first)] & (1u << Index(last))) != 0;
    }

    private static int Index(char asciiLetter) => (asciiLetter | 0x20) - 'a';
}
