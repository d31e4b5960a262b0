using IncidentExtract.Gazetteers;

namespace IncidentExtract.Recognition.Actors;

/// <summary>One name an actor can be written as (an alias, its canonical name or a branch name).</summary>
internal sealed record AliasEntry(string Alias, Actor Actor, string? Branch, bool CaseSensitive);

/// <summary>
/// A character trie over folded alias text (lower case, one apostrophe, one hyphen, single spaces),
/// so that a scan tries every alias starting at a word in one walk instead of one regex per alias.
/// Built once from all the entries and stored flat (each node's edges a sorted run of one array), because
/// every word of every incident starts a walk: a dictionary per node costs a cache miss per character.
/// Immutable after construction, hence safe to share between threads.
/// </summary>
internal sealed class AliasTrie
{
    private const int NoNode = -1;
    private readonly int[] _firstEdge;      // node n's edges are [_firstEdge[n], _firstEdge[n + 1])
    private readonly char[] _edgeChars;     // sorted within each node
    private readonly int[] _edgeTargets;
    private readonly AliasEntry[]?[] _entries;
    private readonly int[] _rootAscii;      // the root's edges for folded ASCII characters, the commonest lookup
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private const int LongestFirstWord = 63;
    private readonly ulong[] _firstWordLengths = new ulong[128]; // bit n of [c]: some first word starts with ASCII c and has n characters

    public AliasTrie(IEnumerable<AliasEntry> entries)
    {
        var children = new List<Dictionary<char, int>> { new() };
        var nodeEntries = new List<List<AliasEntry>?> { null };
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Add(children, nodeEntries, entry);
            var first = FoldedFirstWord(entry.Alias.Trim());
            firstWords.Add(first);
            if (first.Length is > 0 and <= LongestFirstWord && first[0] < 128) _firstWordLengths[first[0]] |= 1UL << first.Length;
        }
        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();

        _firstEdge = new int[children.Count + 1];
        var edgeCount = 0;
        foreach (var c in children) edgeCount += c.Count;
        _edgeChars = new char[edgeCount];
        _edgeTargets = new int[edgeCount];
        var at = 0;
        for (var n = 0; n < children.Count; n++)
        {
            _firstEdge[n] = at;
            foreach (var (c, target) in children[n].OrderBy(e => e.Key))
            {
                _edgeChars[at] = c;
                _edgeTargets[at] = target;
                at++;
            }
        }
        _firstEdge[children.Count] = at;
        _entries = new AliasEntry[]?[nodeEntries.Count];
        for (var n = 0; n < nodeEntries.Count; n++) _entries[n] = nodeEntries[n]?.ToArray();
        _rootAscii = new int[128];
        for (var c = 0; c < 128; c++) _rootAscii[c] = Search(0, (char)c);
    }

    private static void Add(List<Dictionary<char, int>> children, List<List<AliasEntry>?> nodeEntries, AliasEntry entry)
    {
        var node = 0;
        var lastWasSpace = false;
        foreach (var raw in entry.Alias.Trim())
        {
            var c = Fold(raw);
            if (c == ' ')
            {
                if (lastWasSpace) continue;
                lastWasSpace = true;
            }
            else lastWasSpace = false;
            if (!children[node].TryGetValue(c, out var next))
            {
                next = children.Count;
                children.Add(new Dictionary<char, int>());
                nodeEntries.Add(null);
                children[node][c] = next;
            }
            node = next;
        }
        (nodeEntries[node] ??= []).Add(entry);
    }

    private int Next(int node, char c) => node == 0 && c < 128 ? _rootAscii[c] : Search(node, c);

    private int Search(int node, char c)
    {
        int lo = _firstEdge[node], hi = _firstEdge[node + 1];
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var k = _edgeChars[mid];
            if (k == c) return _edgeTargets[mid];
            if (k < c) lo = mid + 1;
            else hi = mid;
        }
        return NoNode;
    }

    /// <summary>The folded run of word characters an alias starts with ("al" of "Al-Qaeda", "islamic" of "Islamic State").</summary>
    private static string FoldedFirstWord(string alias)
    {
        var end = 0;
        while (end < alias.Length && IsWordChar(alias[end])) end++;
        return string.Create(end, alias, static (folded, a) => { for (var k = 0; k < folded.Length; k++) folded[k] = Fold(a[k]); });
    }

    /// <summary>
    /// Whether an alias can start at the word at <paramref name="start"/>: a match spells the alias's first
    /// word to its end (a boundary or the alias's own hyphen, apostrophe or space follows it), so a word
    /// that is no alias's first word ("on", "attacked") needs no walk.
    /// </summary>
    public bool MayStartAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordChar(text[end])) end++;
        return MayStartAt(text, start, end);
    }

    /// <summary>As <see cref="MayStartAt(string, int)"/>, with the word's end already known.</summary>
    public bool MayStartAt(string text, int start, int end)
    {
        var length = end - start;
        if (length > LongestFirstWord) return true;
        // The first letter and the length rule out most words before any hashing.
        if (length > 0 && Fold(text[start]) is < (char)128 and var initial && (_firstWordLengths[initial] & (1UL << length)) == 0) return false;
        Span<char> folded = stackalloc char[length];
        for (var k = 0; k < length; k++) folded[k] = Fold(text[start + k]);
        return _firstWords.Contains(folded);
    }

    /// <summary>The longest alias that starts at <paramref name="start"/> and ends on a word boundary.</summary>
    public (AliasEntry Entry, int End)? LongestMatch(string text, int start)
    {
        (AliasEntry, int)? best = null;
        var node = 0;
        var i = start;
        while (i < text.Length)
        {
            var c = Fold(text[i]);
            if (c == ' ')
            {
                // Runs of whitespace (line breaks inside a bullet, double spaces) read as one space.
                var j = i;
                while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
                var afterSpace = Next(node, ' ');
                if (afterSpace == NoNode) break;
                node = afterSpace;
                i = j;
                continue;
            }
            var next = Next(node, c);
            if (next == NoNode) break;
            node = next;
            i++;
            if (_entries[node] is { } entries && (i == text.Length || !IsWordChar(text[i])))
            {
                foreach (var e in entries)
                {
                    if (e.CaseSensitive && !MatchesExactly(text, start, i, e.Alias)) continue;
                    best = (e, i);
                    break;
                }
            }
        }
        return best;
    }

    private static bool MatchesExactly(string text, int start, int end, string alias) =>
        end - start == alias.Length && string.CompareOrdinal(text, start, alias, 0, alias.Length) == 0;

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    internal static char Fold(char c)
    {
        // ASCII first: the same results as the general rule below, without its lookups.
        if (c < 128)
        {
            if (c is >= 'A' and <= 'Z') return (char)(c + 32);
            if (c <= ' ') return char.IsWhiteSpace(c) ? ' ' : c;
            return c == '`' ? '\'' : c;
        }
        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' => '\'',
            '\u2010' or '\u2011' => '-',
            _ when char.IsWhiteSpace(c) => ' ',
            _ => char.ToLowerInvariant(c),
        };
    }
}
