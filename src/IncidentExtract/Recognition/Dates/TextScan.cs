namespace IncidentExtract.Recognition.Dates;

/// <summary>Small cursor helpers shared by the hand-written recognizers (no allocation).</summary>
internal static class TextScan
{
    public static bool IsDash(char c) => c is '-' or '–' or '—' or '‑';

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0';

    public static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && IsSpace(text[i])) i++;
        return i;
    }

    /// <summary>Reads an unsigned run of ASCII digits at <paramref name="i"/>; false when none or more than 4.</summary>
    public static bool TryReadDigits(string text, int i, out int value, out int length)
    {
        value = 0;
        length = 0;
        while (i + length < text.Length && char.IsAsciiDigit(text[i + length]))
        {
            if (length == 4) return false;
            value = value * 10 + (text[i + length] - '0');
            length++;
        }
        return length > 0;
    }

    /// <summary>The letters-only word that ends right before <paramref name="end"/> (after skipping spaces).</summary>
    public static ReadOnlySpan<char> WordBefore(string text, int end, out int wordStart)
    {
        var i = end;
        while (i > 0 && IsSpace(text[i - 1])) i--;
        var stop = i;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        wordStart = i;
        return text.AsSpan(i, stop - i);
    }

    /// <summary>The letters-only word starting at <paramref name="start"/> (after skipping spaces).</summary>
    public static ReadOnlySpan<char> WordAfter(string text, int start, out int wordEnd)
    {
        var i = SkipSpaces(text, start);
        var begin = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        wordEnd = i;
        return text.AsSpan(begin, i - begin);
    }

    public static bool LetterAt(string text, int i) => i >= 0 && i < text.Length && char.IsLetter(text[i]);

    public static bool DigitAt(string text, int i) => i >= 0 && i < text.Length && char.IsAsciiDigit(text[i]);

    public static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
