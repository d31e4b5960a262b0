using IncidentExtract.Gazetteers;

namespace IncidentExtract.Recognition.Places;

/// <summary>
/// The gazetteer's actor names, aliases and branches as folded word sequences, so the recognizer can tell that a
/// place name is only part of one ("Khorasan Province", "Al-Sham Province"). A few thousand keys: built at start-up
/// in well under a millisecond.
/// </summary>
internal sealed class ActorNameIndex
{
    private const int MaxTokens = 8;

    // Full names, and every shorter word prefix of one (so a scan can stop as soon as no name continues), in one
    // table: each word of a scan costs one lookup.
    private readonly Dictionary<string, KeyKind>.AlternateLookup<ReadOnlySpan<char>> _keys;
    private readonly int _longestName;

    [Flags]
    private enum KeyKind : byte { Name = 1, Prefix = 2 }

    private ActorNameIndex(HashSet<string> names, HashSet<string> prefixes)
    {
        var keys = new Dictionary<string, KeyKind>(StringComparer.Ordinal);
        foreach (var name in names) keys[name] = KeyKind.Name;
        foreach (var prefix in prefixes) keys[prefix] = keys.GetValueOrDefault(prefix) | KeyKind.Prefix;
        _keys = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var name in names) _longestName = Math.Max(_longestName, name.Length);
    }

    public static ActorNameIndex From(IReadOnlyList<Actor> actors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name)
        {
            var tokens = PlaceNameFolding.Tokenize(name);
            if (tokens.Count is 0 or > MaxTokens) return;
            var key = "";
            for (var i = 0; i < tokens.Count; i++)
            {
                key = i == 0 ? tokens[0] : key + " " + tokens[i];
                if (i < tokens.Count - 1) prefixes.Add(key);
            }
            names.Add(key);
        }
        foreach (var actor in actors)
        {
            Add(actor.Name);
            foreach (var alias in actor.Aliases) Add(alias);
            foreach (var branch in actor.Branches) Add(branch);
        }
        return new ActorNameIndex(names, prefixes);
    }

    /// <summary>The last word of the longest actor name starting at word <paramref name="from"/> of <paramref name="text"/>, if any.</summary>
    public bool LongestFrom(string text, TextToken from, out TextToken last)
    {
        // Every place match asks, so the key is built in one buffer instead of a string per word.
        Span<char> key = _longestName <= 128 ? stackalloc char[128] : new char[_longestName];
        var length = 0;
        var found = false;
        last = default;
        var word = from;
        for (var n = 0; n < MaxTokens; n++)
        {
            if (n > 0)
            {
                if (!TokenScan.Next(text, word, out var next) || next.Start - word.End > 2) break;
                word = next;
                if (length == key.Length) break; // longer than every name
                key[length++] = ' ';
            }
            var written = TokenScan.WriteFolded(text, word, key[length..]);
            if (written < 0) break;
            length += written;
            if (!_keys.TryGetValue(key[..length], out var kind)) break;
            if (kind.HasFlag(KeyKind.Name)) { found = true; last = word; }
            if (!kind.HasFlag(KeyKind.Prefix)) break;
        }
        return found;
    }
}
