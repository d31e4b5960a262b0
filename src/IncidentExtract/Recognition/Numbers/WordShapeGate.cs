namespace IncidentExtract.Recognition.Numbers;

/// <summary>
/// A cheap first test for "is this word one of a small set, in any case?": the set's words by length, first
/// letter and last letter. A word whose shape no member has is not a member; a word that passes may still
/// not be one (the caller looks it up). Letters outside ASCII are not judged: they may fold onto ASCII
/// letters ("ſ" is "s" ignoring case), so such a word always passes.
/// </summary>
internal sealed class WordShapeGate
{
    private readonly uint[] _firstLetters;
    private readonly uint[] _lastLetters;

    public WordShapeGate(IEnumerable<string> words)
    {
        var list = words.ToList();
        var longest = list.Max(w => w.Length);
        _firstLetters = new uint[longest + 1];
        _lastLetters = new uint[longest + 1];
        foreach (var w in list)
        {
            if (!char.IsAsciiLetter(w[0]) || !char.IsAsciiLetter(w[^1]))
                throw new ArgumentException($"'{w}': the gate judges words of ASCII letters only", nameof(words));
            _firstLetters[w.Length] |= Bit(w[0]);
            _lastLetters[w.Length] |= Bit(w[^1]);
        }
    }

    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length >= _firstLetters.Length) return false;
        char first = word[0], last = word[^1];
        if (!char.IsAscii(first) || !char.IsAscii(last)) return true;
        return char.IsAsciiLetter(first) && char.IsAsciiLetter(last)
            && (_firstLetters[word.Length] & Bit(first)) != 0 && (_lastLetters[word.Length] & Bit(last)) != 0;
    }

    private static uint Bit(char asciiLetter) => 1u << ((asciiLetter | 0x20) - 'a');
}
