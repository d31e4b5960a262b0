using IncidentExtract.Gazetteers;

namespace IncidentExtract.Recognition.Places;

/// <summary>
/// The recognizer's name index as a handful of flat arrays: every folded name key, whether a longer name continues
/// it, and the places it names (most populous first). Looked up by span without a string per key, and stored
/// as-is by <see cref="GazetteerCache"/>, so loading it is a copy instead of ~150,000 insertions.
/// </summary>
/// <remarks>Open addressing with linear probing over a power-of-two bucket array; the hash is a fixed FNV-1a, not
/// the runtime's per-process randomised one, so stored buckets stay valid. Each bucket carries a tag of its key's hash.</remarks>
internal sealed class PlaceNameTable
{
    private readonly char[] _chars;
    private readonly int[] _keyEnds;
    private readonly int[] _buckets;
    private readonly int[] _placeEnds;
    private readonly Place[] _placesByEntry;
    private readonly bool[] _hasLonger;
    // Each entry's places as the list a mention carries, made on first use and shared after.
    private readonly IReadOnlyList<Place>?[] _candidates;

    /// <summary>The table's arrays, as <see cref="GazetteerCache"/> stores them (place numbers index the gazetteer's places).</summary>
    internal sealed record Arrays(char[] Chars, int[] KeyEnds, int[] Buckets, int[] PlaceEnds, int[] PlaceIds, bool[] HasLonger);

    public Arrays Stored { get; }

    public PlaceNameTable(Arrays arrays, IReadOnlyList<Place> places)
    {
        Stored = arrays;
        (_chars, _keyEnds, _buckets, _placeEnds, _hasLonger) = (arrays.Chars, arrays.KeyEnds, arrays.Buckets, arrays.PlaceEnds, arrays.HasLonger);
        if (_buckets.Length == 0 || (_buckets.Length & (_buckets.Length - 1)) != 0 || _keyEnds.Length != _placeEnds.Length
            || _keyEnds.Length != _hasLonger.Length)
            throw new InvalidDataException("inconsistent place name table");
        _candidates = new IReadOnlyList<Place>?[_keyEnds.Length];
        for (var e = 0; e < _keyEnds.Length; e++) LongestKey = Math.Max(LongestKey, _keyEnds[e] - (e == 0 ? 0 : _keyEnds[e - 1]));
        _placesByEntry = new Place[arrays.PlaceIds.Length];
        for (var i = 0; i < _placesByEntry.Length; i++) _placesByEntry[i] = places[arrays.PlaceIds[i]];
    }

    /// <summary>The table of <paramref name="index"/> (key → places, longer-name flag) over <paramref name="places"/>.</summary>
    public static PlaceNameTable From(IReadOnlyCollection<(string Key, Place[] Places, bool HasLonger)> index, IReadOnlyList<Place> places)
    {
        var ids = new Dictionary<Place, int>(places.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < places.Count; i++) ids.TryAdd(places[i], i);
        var keyEnds = new int[index.Count];
        var placeEnds = new int[index.Count];
        var hasLonger = new bool[index.Count];
        var chars = new List<char>(index.Count * 10);
        var placeIds = new List<int>(index.Count);
        if (index.Count >= EntryMask) throw new InvalidDataException("too many place names for the name table");
        var buckets = new int[BucketCount(index.Count)];
        var e = 0;
        foreach (var (key, matches, longer) in index)
        {
            chars.AddRange(key);
            keyEnds[e] = chars.Count;
            foreach (var p in matches) placeIds.Add(ids[p]);
            placeEnds[e] = placeIds.Count;
            hasLonger[e] = longer;
            var hash = Hash(key);
            var slot = (int)(hash & (uint)(buckets.Length - 1));
            while (buckets[slot] != 0) slot = (slot + 1) & (buckets.Length - 1);
            buckets[slot] = Tag(hash) << EntryBits | (e + 1);
            e++;
        }
        return new PlaceNameTable(new Arrays([.. chars], keyEnds, buckets, placeEnds, [.. placeIds], hasLonger), places);
    }

    // At most half full: short probe runs, and absent keys (most lookups) stop at an empty bucket soon.
    private static int BucketCount(int keys)
    {
        var n = 16;
        while (n < keys * 2) n <<= 1;
        return n;
    }

    /// <summary>The entry of <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        var mask = _buckets.Length - 1;
        var hash = Hash(key);
        var slot = (int)(hash & (uint)mask);
        var tag = Tag(hash);
        while (_buckets[slot] is var b and not 0)
        {
            // Most lookups are of words no name starts with: the tag turns nearly all of them away without
            // reading a key, which would cost two more cache misses in the large key arrays.
            if (b >>> EntryBits == tag)
            {
                var e = (b & EntryMask) - 1;
                var start = e == 0 ? 0 : _keyEnds[e - 1];
                if (_chars.AsSpan(start, _keyEnds[e] - start).SequenceEqual(key)) return e;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    // A bucket holds its entry number + 1 in the low bits and ten bits of the key's hash above them (bits the slot
    // number does not use), so a probe compares keys only when the tags agree.
    private const int EntryBits = 21;
    private const int EntryMask = (1 << EntryBits) - 1;

    private static int Tag(uint hash) => (int)(hash >> 22);

    /// <summary>How many keys the table holds (entries are numbered from 0).</summary>
    public int Count => _keyEnds.Length;

    /// <summary>Entry <paramref name="entry"/>'s key.</summary>
    public ReadOnlySpan<char> Key(int entry)
    {
        var start = entry == 0 ? 0 : _keyEnds[entry - 1];
        return _chars.AsSpan(start, _keyEnds[entry] - start);
    }

    /// <summary>The length of the longest key: a longer text key is in no name.</summary>
    public int LongestKey { get; }

    /// <summary>Whether a longer name starts with entry <paramref name="entry"/>'s key.</summary>
    public bool HasLonger(int entry) => _hasLonger[entry];

    /// <summary>The places entry <paramref name="entry"/> names, most populous first; empty for a mere prefix.</summary>
    public ArraySegment<Place> Places(int entry)
    {
        var start = entry == 0 ? 0 : _placeEnds[entry - 1];
        return new ArraySegment<Place>(_placesByEntry, start, _placeEnds[entry] - start);
    }

    /// <summary><see cref="Places"/> as one shared list per entry, for the mentions that carry them.</summary>
    public IReadOnlyList<Place> Candidates(int entry)
    {
        if (Volatile.Read(ref _candidates[entry]) is { } made) return made;
        Interlocked.CompareExchange(ref _candidates[entry], Places(entry).ToArray(), null);
        return _candidates[entry]!;
    }

    private static uint Hash(ReadOnlySpan<char> key)
    {
        var h = 2166136261u;
        foreach (var c in key) h = (h ^ c) * 16777619u;
        return h;
    }
}
