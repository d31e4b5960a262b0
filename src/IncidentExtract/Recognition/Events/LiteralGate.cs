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

    private readonly SearchValues<string> _words;
    private readonly bool _ignoreCase;

    public LiteralGate(bool ignoreCase, params string[] words)
    {
        _ignoreCase = ignoreCase;
        Words = words;
        _words = SearchValues.Create(words, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>The words, as given.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Whether the words match in any ASCII case.</summary>
    public bool IgnoresCase => _ignoreCase;

    /// <summary>Whether <paramref name="text"/> holds a character a case-insensitive regex equates with an ASCII letter.</summary>
    public static bool HasCaseFoldOddity(ReadOnlySpan<char> text) => text.ContainsAny(CaseFoldOddities);

    public bool MayMatch(ReadOnlySpan<char> text) =>
        text.ContainsAny(_words) || (_ignoreCase && HasCaseFoldOddity(text));
}
