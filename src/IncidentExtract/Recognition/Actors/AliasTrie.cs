using IncidentExtract.Gazetteers;

namespace IncidentExtract.Recognition.Actors;

/// <summary>One name an actor can be written as (an alias, its canonical name or a branch name).</summary>
internal sealed record AliasEntry(string Alias, Actor Actor, string? Branch, bool CaseSensitive);

/// <summary>
/// A character trie over folded alias text (lower case, one apostrophe, one hyphen, single spaces),
/// so that a scan tries every alias starting at a word in one walk instead of one regex per alias.
/// Immutable after construction, hence safe to share between threads.
/// </summary>
internal sealed class AliasTrie
{
    private readonly List<Dictionary<char, int>> _children = [new()];
    private readonly List<List<AliasEntry>?> _entries = [null];

    public void Add(AliasEntry entry)
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
            if (!_children[node].TryGetValue(c, out var next))
            {
                next = _children.Count;
                _children.Add(new Dictionary<char, int>());
                _entries.Add(null);
                _children[node][c] = next;
            }
            node = next;
        }
        (_entries[node] ??= []).Add(entry);
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
                if (!_children[node].TryGetValue(' ', out var afterSpace)) break;
                node = afterSpace;
                i = j;
                continue;
            }
            if (!_children[node].TryGetValue(c, out var next)) break;
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

    internal static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '`' or '\u02BC' => '\'',
        '\u2010' or '\u2011' => '-',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => char.ToLowerInvariant(c),
    };
}
