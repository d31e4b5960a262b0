using System.Collections;
using System.Collections.Frozen;
using IncidentExtract.Recognition.Numbers;

namespace IncidentExtract.Recognition.Casualties;

/// <summary>
/// Words compared in any case (ordinally), looked up by a span of the sentence: a token is read in place,
/// without a string of its own. The words' shapes are tested before the hash: the clause finder asks about
/// nearly every word of a sentence, and most have a shape no word of a small set has.
/// </summary>
internal sealed class WordSet : IEnumerable<string>
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapeGate _shapes;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapeGate(_words);
    }

    public bool Contains(ReadOnlySpan<char> word) => _shapes.MayContain(word) && _lookup.Contains(word);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>As <see cref="WordSet"/>, each word with a value.</summary>
internal sealed class WordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue> _map;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapeGate _shapes;

    public WordMap(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        _map = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapeGate(_map.Keys);
    }

    public IEnumerable<string> Keys => _map.Keys;

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (_shapes.MayContain(word)) return _lookup.TryGetValue(word, out value!);
        value = default!;
        return false;
    }

    public bool ContainsKey(ReadOnlySpan<char> word) => _shapes.MayContain(word) && _lookup.ContainsKey(word);
}
