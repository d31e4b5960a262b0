using System.Buffers;

namespace IncidentExtract.Recognition.Events;

/// <summary>
/// The words a pattern cannot match without: when a text holds none of them, the pattern's scan
/// is skipped. One vectorised search over the text costs far less than a regex whose first
/// character is any letter, and it never changes a result: every alternative of the pattern
/// spells one of these words literally.
/// </summary>
internal sealed class LiteralGate
{
    // Case-insensitive regexes also equate these with ASCII letters (Kelvin sign and k, long s and s,
    // dotted and dotless i); a text holding one is always scanned, so the gate stays exact.
    private static readonly SearchValues<char> CaseFoldOddities = SearchValues.Create("\u212A\u017F\u0130\u0131");

    // Made on first use: most gates are only ever answered by a LiteralGateSet's table, and building a
    // multi-word search (and compiling its code) for each of them was a few milliseconds of every start.
    // Threads that race here build equal searches; either may be kept.
    private SearchValues<string>? _words;
    private readonly bool _ignoreCase;

    private readonly string[] _wordList;

    public LiteralGate(bool ignoreCase, params string[] words)
    {
        _ignoreCase = ignoreCase;
        _wordList = words;
    }

    private SearchValues<string> Search =>
        _words ??= SearchValues.Create(_wordList, _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The words, as given.</summary>
    public IReadOnlyList<string> Words => _wordList;

    /// <summary>Whether the words match in any ASCII case.</summary>
    public bool IgnoresCase => _ignoreCase;

    /// <summary>Whether <paramref name="text"/> holds a character a case-insensitive regex equates with an ASCII letter.</summary>
    public static bool HasCaseFoldOddity(ReadOnlySpan<char> text) => text.ContainsAny(CaseFoldOddities);

    /// <summary>Where the first of the words starts in <paramref name="text"/> (in any ASCII case when the gate ignores case), or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text) => text.IndexOfAny(Search);

    public bool MayMatch(ReadOnlySpan<char> text) =>
        text.ContainsAny(Search) || (_ignoreCase && HasCaseFoldOddity(text));
}
