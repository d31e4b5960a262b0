using System.Runtime.CompilerServices;
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

    /// <summary>
    /// What a walk reads of a node, in one place: its edges are <c>_edges[FirstEdge..EdgeEnd]</c>, its dense table
    /// starts at <c>_dense[DenseAt]</c> (-1 when it has none). The trie is larger than the caches the rest of the
    /// pipeline leaves it, and a node spread over five arrays cost a miss in each at every step of a walk.
    /// </summary>
    private readonly record struct Node(int FirstEdge, int EdgeEnd, int DenseAt, bool HasEntries, bool EndsFirstWord);

    /// <summary>An edge: its folded character (sorted within each node) and the node it leads to, side by side.</summary>
    private readonly record struct Edge(char Char, int Target);

    private readonly Node[] _nodes;
    private readonly Edge[] _edges;
    private readonly AliasEntry[]?[] _entries;
    // The ASCII edges of the nodes with many edges (the root, "the ", "al-", "islamic "…) as direct tables:
    // those are the nodes most walks pass, and a bisection over their edges is a chain of guessed branches.
    private const int DenseFanout = 4;
    private readonly int[] _dense;
    internal const int LongestFirstWord = 63;
    // One bit per hash of (first, second and last folded character, length) of the aliases' first words:
    // a word whose bit is clear is no alias's first word. Three quarters of a report's words share their
    // first letter and length with some first word; one in five shares all four.
    private const int FirstWordKeyBits = 16;
    private readonly ulong[] _firstWordKeys = new ulong[(1 << FirstWordKeyBits) / 64];

    public AliasTrie(IEnumerable<AliasEntry> entries)
    {
        // Built with one edge map for the whole trie, not a dictionary per node: a run builds it at start-up, and
        // tens of thousands of small dictionaries (each sorted once more below) cost a tenth of a small report's run.
        var edges = new Dictionary<long, int>();
        var nodeEntries = new List<List<AliasEntry>?> { null };
        var firstWordNodes = new List<int>();
        foreach (var entry in entries)
        {
            Add(edges, nodeEntries, entry);
            var first = FoldedFirstWord(entry.Alias.Trim());
            // The first word is a prefix of the alias's own path (it holds no space to collapse), so it has a node.
            var node = 0;
            foreach (var c in first) node = edges[EdgeKey(node, c)];
            firstWordNodes.Add(node);
            if (first.Length is > 0 and <= LongestFirstWord)
            {
                var key = FirstWordKey(first[0], first.Length > 1 ? first[1] : '\0', first[^1], first.Length);
                _firstWordKeys[key >> 6] |= 1UL << key;
            }
        }
        var nodeCount = nodeEntries.Count;
        var endsFirstWord = new bool[nodeCount];
        foreach (var n in firstWordNodes) endsFirstWord[n] = true;

        // Edges grouped by node and sorted by character within it: the layout the bisection in Search reads.
        // A key orders by node, then character.
        var keys = new long[edges.Count];
        var targets = new int[edges.Count];
        var at = 0;
        foreach (var (key, target) in edges) (keys[at], targets[at++]) = (key, target);
        Array.Sort(keys, targets);
        _edges = new Edge[keys.Length];
        for (var e = 0; e < keys.Length; e++) _edges[e] = new Edge((char)keys[e], targets[e]);
        _entries = new AliasEntry[]?[nodeCount];
        for (var n = 0; n < nodeCount; n++) _entries[n] = nodeEntries[n]?.ToArray();
        _nodes = new Node[nodeCount];
        var edge = 0;
        for (var n = 0; n < nodeCount; n++)
        {
            var first = edge;
            while (edge < keys.Length && keys[edge] >> 16 == n) edge++;
            _nodes[n] = new Node(first, edge, -1, _entries[n] is not null, endsFirstWord[n]);
        }
        var dense = new List<int>();
        for (var n = 0; n < nodeCount; n++)
        {
            if (n != 0 && _nodes[n].EdgeEnd - _nodes[n].FirstEdge < DenseFanout) continue;
            var table = dense.Count;
            for (var c = 0; c < 128; c++) dense.Add(Search(n, (char)c));
            _nodes[n] = _nodes[n] with { DenseAt = table };
        }
        _dense = [.. dense];
    }

    private static long EdgeKey(int node, char c) => (long)node << 16 | c;

    private static void Add(Dictionary<long, int> edges, List<List<AliasEntry>?> nodeEntries, AliasEntry entry)
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
            if (!edges.TryGetValue(EdgeKey(node, c), out var next))
            {
                next = nodeEntries.Count;
                nodeEntries.Add(null);
                edges[EdgeKey(node, c)] = next;
            }
            node = next;
        }
        (nodeEntries[node] ??= []).Add(entry);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Next(int node, char c) => c < 128 && _nodes[node].DenseAt is >= 0 and var table ? _dense[table + c] : Search(node, c);

    private int Search(int node, char c)
    {
        int lo = _nodes[node].FirstEdge, hi = _nodes[node].EdgeEnd;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var k = _edges[mid].Char;
            if (k == c) return _edges[mid].Target;
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

    /// <summary>As <see cref="MayStartAt(string, int)"/>, with the word's end already known (the range is a word: letters and digits).</summary>
    public bool MayStartAt(string text, int start, int end) =>
        end - start > LongestFirstWord || FirstWordNode(text, start, end) != NoNode;

    /// <summary>
    /// <see cref="LongestMatch"/> for the word [<paramref name="start"/>, <paramref name="end"/>) when
    /// <see cref="MayStartAt(string, int, int)"/> holds, else null: the walk that tests the first word is the
    /// start of the match's own walk, so a word is read once.
    /// </summary>
    public (AliasEntry Entry, int End)? MatchWord(string text, int start, int end)
    {
        if (end - start > LongestFirstWord) return LongestMatch(text, start);
        // The walk alone: its callers have made the first-word filter's test already, and the walk answers the
        // same without it (the filter only ever rules out words the walk would not reach the end of).
        var node = WalkFirstWord(text, start, end);
        // Inside the word no boundary follows a character, so no alias can end before the word does.
        return node == NoNode ? null : Extend(text, start, node, end);
    }

    /// <summary>The node the folded word spells when it is some alias's first word, else <see cref="NoNode"/>.</summary>
    private int FirstWordNode(string text, int start, int end) =>
        end > start && !MayBeFirstWord(text, start, end) ? NoNode : WalkFirstWord(text, start, end);

    /// <summary><see cref="FirstWordNode"/> without the filter's test.</summary>
    private int WalkFirstWord(string text, int start, int end)
    {
        var node = 0;
        for (var k = start; k < end && node != NoNode; k++) node = Next(node, FoldWordChar(text[k]));
        return node != NoNode && _nodes[node].EndsFirstWord ? node : NoNode;
    }

    /// <summary>
    /// False when the word [<paramref name="start"/>, <paramref name="end"/>) (one character at least) is surely no
    /// alias's first word: three characters and the length rule out four words in five before any walk. Inlined
    /// into the recogniser's loop, which asks it of every word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayBeFirstWord(string text, int start, int end)
    {
        var length = end - start;
        var key = FirstWordKey(FoldWordChar(text[start]), length > 1 ? FoldWordChar(text[start + 1]) : '\0', FoldWordChar(text[end - 1]), length);
        return (_firstWordKeys[key >> 6] & (1UL << key)) != 0;
    }

    private static int FirstWordKey(char first, char second, char last, int length) =>
        (((first * 31 + second) * 31 + last) * 64 + length) & ((1 << FirstWordKeyBits) - 1);

    /// <summary>The longest alias that starts at <paramref name="start"/> and ends on a word boundary.</summary>
    public (AliasEntry Entry, int End)? LongestMatch(string text, int start) => Extend(text, start, 0, start);

    /// <summary>Continues the walk of <see cref="LongestMatch"/> that has reached <paramref name="node"/> at <paramref name="i"/>.</summary>
    private (AliasEntry Entry, int End)? Extend(string text, int start, int node, int i)
    {
        // The best match so far as two locals, not a nullable pair copied at every step of the walk.
        AliasEntry? best = null;
        var bestEnd = 0;
        if (i > start && EntryEndingAt(text, start, node, i) is { } first) (best, bestEnd) = (first, i);
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
            // Most nodes end no alias: the entry test proper is made only at one that does.
            if (_nodes[node].HasEntries && EntryEndingAt(text, start, node, i) is { } found) (best, bestEnd) = (found, i);
        }
        return best is null ? null : (best, bestEnd);
    }

    /// <summary>The first entry of <paramref name="node"/> that the text spells, when a word boundary follows.</summary>
    private AliasEntry? EntryEndingAt(string text, int start, int node, int i)
    {
        if (!_nodes[node].HasEntries || (i < text.Length && IsWordChar(text[i]))) return null;
        var entries = _entries[node]!;
        foreach (var e in entries)
        {
            if (e.CaseSensitive && !MatchesExactly(text, start, i, e.Alias)) continue;
            return e;
        }
        return null;
    }

    private static bool MatchesExactly(string text, int start, int end, string alias) =>
        end - start == alias.Length && string.CompareOrdinal(text, start, alias, 0, alias.Length) == 0;

    // Both run for every character the recogniser reads: the ASCII paths are inlined, the rest is a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c)
    {
        // ASCII first: the same results as the general rule below, without its lookups.
        if (c < 128)
        {
            if (c is >= 'A' and <= 'Z') return (char)(c + 32);
            if (c <= ' ') return char.IsWhiteSpace(c) ? ' ' : c;
            return c == '`' ? '\'' : c;
        }
        return FoldNonAscii(c);
    }

    /// <summary><see cref="Fold"/> of a word character: an ASCII letter or digit folds by setting its 0x20 bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char FoldWordChar(char c) => c < 128 ? (char)(c | 0x20) : FoldNonAscii(c);

    private static char FoldNonAscii(char c)
    {
        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' => '\'',
            '\u2010' or '\u2011' => '-',
            _ when char.IsWhiteSpace(c) => ' ',
            _ => char.ToLowerInvariant(c),
        };
    }
}
