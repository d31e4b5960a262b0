namespace IncidentExtract.Recognition.Actors;

/// <summary>
/// The classes of the listed words, found by a span. Every listed word is short ASCII, so a word is packed
/// into two integers (a byte per character) and looked up in one flat array of slots: a probe reads one slot,
/// not a bucket, a string object and its characters. The classifier asks it once for each word it reads, in
/// the middle of a pipeline whose other stages have evicted a dictionary's scattered objects from the cache.
/// Immutable after construction, hence safe to share between threads.
/// </summary>
internal sealed class WordClassTable
{
    /// <summary>The longest word a slot holds.</summary>
    public const int LongestWord = 16;

    // Slot k's word is _keys[2k] (its first eight characters) and _keys[2k + 1] (the next eight): sixteen bytes a
    // slot, four to a cache line, the classes apart (read only on a hit; most probes miss).
    private readonly ulong[] _keys;
    private readonly WordClass[] _classes;
    private readonly int _mask;
    private readonly int _shift;

    public WordClassTable(IReadOnlyDictionary<string, WordClass> classes)
    {
        // Half full at most: most probes end at the first empty slot.
        var bits = 4;
        while (1 << bits < classes.Count * 2) bits++;
        _keys = new ulong[2 << bits];
        _classes = new WordClass[1 << bits];
        _mask = (1 << bits) - 1;
        _shift = 64 - bits;
        foreach (var (word, c) in classes)
        {
            if (!TryPack(word, out var low, out var high))
                throw new ArgumentException($"\"{word}\" is not a word of at most {LongestWord} ASCII characters.", nameof(classes));
            var slot = SlotOf(low, high);
            while (_keys[2 * slot] != 0) slot = (slot + 1) & _mask;
            (_keys[2 * slot], _keys[2 * slot + 1], _classes[slot]) = (low, high, c);
        }
    }

    /// <summary>Whether <paramref name="word"/> is listed, and its classes when it is.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out WordClass classes)
    {
        if (TryPack(word, out var low, out var high))
        {
            // An empty slot has Low 0, which no word packs to: a word has one character at least, and none is NUL.
            for (var slot = SlotOf(low, high); _keys[2 * slot] is not 0 and var listed; slot = (slot + 1) & _mask)
            {
                if (listed == low && _keys[2 * slot + 1] == high)
                {
                    classes = _classes[slot];
                    return true;
                }
            }
        }
        classes = WordClass.None;
        return false;
    }

    /// <summary>A word of one to <see cref="LongestWord"/> ASCII characters (no NUL), a byte each: equal words, equal pairs.</summary>
    internal static bool TryPack(ReadOnlySpan<char> word, out ulong low, out ulong high)
    {
        low = high = 0;
        if (word.Length is 0 or > LongestWord) return false;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (c is '\0' or >= (char)128) return false;
            if (k < 8) low |= (ulong)c << (8 * k);
            else high |= (ulong)c << (8 * (k - 8));
        }
        return true;
    }

    private int SlotOf(ulong low, ulong high) => (int)((low * 0x9E3779B97F4A7C15UL ^ high * 0xC2B2AE3D27D4EB4FUL) >> _shift);
}
