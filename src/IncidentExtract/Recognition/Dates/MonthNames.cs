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

        // Every accepted form starts with its month's three letters, which no two months share: they name the one
        // month the word can be, and only that month's forms are compared.
        var m = OfPrefix(word[..3]) - 1;
        if (m < 0) return false;
        var name = FullNames[m];
        if (word.SequenceEqual(name))
        {
            month = m + 1;
            length = word.Length;
            abbreviated = false;
            return true;
        }
        if (word.Length == 3 || (m == 8 && word.SequenceEqual("Sept")))
        {
            month = m + 1;
            length = word.Length + (end < text.Length && text[end] == '.' ? 1 : 0);
            abbreviated = true;
            return true;
        }
        return false;
    }

    /// <summary>The month (1-12) whose name starts with <paramref name="prefix"/> as written, 0 for none.</summary>
    internal static int OfPrefix(ReadOnlySpan<char> prefix) => prefix switch
    {
        "Jan" => 1, "Feb" => 2, "Mar" => 3, "Apr" => 4, "May" => 5, "Jun" => 6,
        "Jul" => 7, "Aug" => 8, "Sep" => 9, "Oct" => 10, "Nov" => 11, "Dec" => 12,
        _ => 0,
    };
}
