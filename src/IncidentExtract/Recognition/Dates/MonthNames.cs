using System.Buffers;

namespace IncidentExtract.Recognition.Dates;

/// <summary>Reads an English month name or abbreviation; only capitalised forms count ("may" is a verb).</summary>
internal static class MonthNames
{
    private static readonly string[] FullNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>
    /// The first three letters of each month, as written: every word <see cref="TryRead"/> accepts starts with
    /// one of them (its shortest form is three letters, compared case-sensitively), so a search for them finds
    /// every month word and stops at few other words (a search for the capitals stopped at every "Syrian" and "ISIS").
    /// </summary>
    public static readonly SearchValues<string> Prefixes =
        SearchValues.Create(FullNames.Select(n => n[..3]).ToArray(), StringComparison.Ordinal);

    /// <summary>
    /// Tries a month word at <paramref name="start"/>: the full name, "Sept", or a three-letter
    /// abbreviation (optionally with a period, which is then part of <paramref name="length"/>).
    /// </summary>
    public static bool TryRead(string text, int start, out int month, out int length, out bool abbreviated)
    {
        month = 0;
        length = 0;
        abbreviated = false;
        if (TextScan.LetterAt(text, start - 1)) return false;
        var end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
        if (end < text.Length && char.IsLetterOrDigit(text[end])) return false;
        var word = text.AsSpan(start, end - start);
        if (word.Length < 3) return false;

        for (var m = 0; m < FullNames.Length; m++)
        {
            var name = FullNames[m];
            if (word.SequenceEqual(name))
            {
                month = m + 1;
                length = word.Length;
                abbreviated = false;
                return true;
            }
            if ((word.Length == 3 || (m == 8 && word.SequenceEqual("Sept"))) && name.AsSpan().StartsWith(word))
            {
                month = m + 1;
                length = word.Length + (end < text.Length && text[end] == '.' ? 1 : 0);
                abbreviated = true;
                return true;
            }
        }
        return false;
    }
}
