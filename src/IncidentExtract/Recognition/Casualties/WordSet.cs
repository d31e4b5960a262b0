using System.Collections;
using System.Collections.Frozen;

namespace IncidentExtract.Recognition.Casualties;

/// <summary>
/// Words compared in any case (ordinally), looked up by a span of the sentence: a token is read in place,
/// without a string of its own.
/// </summary>
internal sealed class WordSet : IEnumerable<string>
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>As <see cref="WordSet"/>, each word with a value.</summary>
internal sealed class WordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue> _map;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordMap(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        _map = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<string> Keys => _map.Keys;

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => _lookup.TryGetValue(word, out value!);

    public bool ContainsKey(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);
}
