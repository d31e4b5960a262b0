using System.Text;
using IncidentExtract.Gazetteers;

namespace IncidentExtract.Recognition.Places;

/// <summary>
/// Builds the recognizer's index in one pass over ~150,000 names and aliases: each name's folded key and its
/// token-boundary prefixes, glued-article variants included. Reuses its buffers (this runs at every start-up).
/// </summary>
internal sealed class PlaceIndexBuilder
{
    private readonly Dictionary<string, Slot> _slots;
    private readonly Dictionary<string, Slot>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<(int Start, int Length)> _tokens = new(8);
    private char[] _folded = new char[128];
    private readonly StringBuilder _key = new(64);
    private readonly StringBuilder _glued = new(64);
    private char[] _buffer = new char[128];

    public PlaceIndexBuilder(int capacity)
    {
        _slots = new Dictionary<string, Slot>(capacity, StringComparer.Ordinal);
        _lookup = _slots.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Add(string name, Place place)
    {
        Tokenize(name);
        var count = _tokens.Count;
        if (count == 0) return;
        var start = count > 1 && PlaceNameFolding.IsArticle(Token(0)) ? 1 : 0;
        _key.Clear();
        _glued.Clear().Append("al");
        for (var i = start; i < count; i++)
        {
            // An article inside a name ("Ma'arrat an Nu'man", "Deir ez-Zor") is written many ways: all are "al".
            var token = i > 0 && i < count - 1 && PlaceNameFolding.IsArticle(Token(i)) ? "al" : Token(i);
            var keyStart = _key.Length;
            PlaceNameFolding.AppendNormalized(_key, token);
            for (var k = keyStart; k < _key.Length; k++) _glued.Append(_key[k]);
            var isLast = i == count - 1;
            Touch(_key, isLast ? place : null);
            if (start == 1) Touch(_glued, isLast ? place : null);
        }
    }

    private ReadOnlySpan<char> Token(int i) => _folded.AsSpan(_tokens[i].Start, _tokens[i].Length);

    public List<(string Key, Place[] Places, bool HasLonger)> Build()
    {
        var index = new List<(string, Place[], bool)>(_slots.Count);
        foreach (var (key, slot) in _slots)
        {
            Place[] places;
            if (slot.First is null) places = [];
            else if (slot.More is null) places = [slot.First];
            else
            {
                places = [slot.First, .. slot.More];
                Array.Sort(places, static (a, b) => (b.Population ?? 0).CompareTo(a.Population ?? 0));
            }
            index.Add((key, places, slot.HasLonger));
        }
        return index;
    }

    // place == null: the key is a prefix of a longer name.
    private void Touch(StringBuilder key, Place? place)
    {
        if (key.Length > _buffer.Length) _buffer = new char[key.Length * 2];
        key.CopyTo(0, _buffer, key.Length);
        var span = _buffer.AsSpan(0, key.Length);
        if (!_lookup.TryGetValue(span, out var slot))
        {
            slot = new Slot();
            _slots.Add(span.ToString(), slot);
        }
        if (place is null) { slot.HasLonger = true; return; }
        if (ReferenceEquals(slot.First, place)) return;
        if (slot.First is null) { slot.First = place; return; }
        slot.More ??= new List<Place>(2);
        foreach (var p in slot.More)
        {
            if (ReferenceEquals(p, place)) return;
        }
        slot.More.Add(place);
    }

    private void Tokenize(string s)
    {
        _tokens.Clear();
        if (_folded.Length < s.Length) _folded = new char[s.Length * 2];
        var length = 0;
        var wordStart = 0;
        foreach (var c in s)
        {
            if (PlaceNameFolding.IsWordChar(c)) _folded[length++] = PlaceNameFolding.Fold(c);
            else if (PlaceNameFolding.IsInWordMark(c) && length > wordStart) continue;
            else if (length > wordStart) { _tokens.Add((wordStart, length - wordStart)); wordStart = length; }
        }
        if (length > wordStart) _tokens.Add((wordStart, length - wordStart));
    }

    private sealed class Slot
    {
        public Place? First;
        public List<Place>? More;
        public bool HasLonger;
    }
}
