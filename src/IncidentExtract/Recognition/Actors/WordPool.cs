using System.Collections.Concurrent;

namespace IncidentExtract.Recognition.Actors;

/// <summary>
/// The folded (lower-case) spellings of the words already seen, shared so that reading a text does not
/// allocate a string per word: reports reuse a small vocabulary. Bounded, so that an unusual corpus
/// cannot grow it without limit (words past the bound are allocated as before). Thread-safe.
/// </summary>
internal sealed class WordPool
{
    private const int Capacity = 1 << 16;
    private const int LongestPooledWord = 48;
    private readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _count;

    public WordPool() => _bySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The invariant lower-case form of <paramref name="word"/>, as <c>string.ToLowerInvariant</c> spells it.</summary>
    public string Lower(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestPooledWord) return word.ToString().ToLowerInvariant();
        Span<char> folded = stackalloc char[word.Length];
        word.ToLowerInvariant(folded);
        if (_bySpan.TryGetValue(folded, out var pooled)) return pooled;
        var made = folded.ToString();
        if (Volatile.Read(ref _count) < Capacity && _words.TryAdd(made, made)) Interlocked.Increment(ref _count);
        return made;
    }
}
