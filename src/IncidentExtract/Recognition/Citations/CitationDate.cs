using IncidentExtract.Recognition.Dates;

namespace IncidentExtract.Recognition.Citations;

/// <summary>
/// The one place where a citation's date string becomes a <see cref="DateOnly"/>: it reads the string with the
/// general date recognizer (Recognition/Dates), so citations and prose understand the same date forms.
/// </summary>
internal static class CitationDate
{
    private static readonly DateContext NoContext = new(null);

    /// <summary>
    /// "November 23, 2019" → 2019-11-23; several days ("November 15, 17, 18, 2017", "February 2 and 3, 2019",
    /// "February 2-3, 2019") → the first day; "23 November 2019" likewise; "November 2017" → 2017-11-01 with
    /// <paramref name="monthOnly"/>. The whole string must be one date with its year: a date without one is not
    /// converted (the caller keeps the source undated).
    /// </summary>
    public static bool TryParse(string text, out DateOnly date, out bool monthOnly)
    {
        date = default;
        monthOnly = false;
        var trimmed = text.Trim();
        // The whole string must be one date: a month-word date, or else a numeric one ("22/11/2019"). The other
        // passes of the recognizer need not run: a relative date is refused anyway, and when one of the two
        // passes reads the whole string, anything else found in it lies inside and would be dropped as an overlap
        // (a string with a month word has letters, so it is no numeric date).
        var mentions = new List<DateMention>(2);
        DateRecognizer.AddMonthMentions(trimmed, mentions);
        if (mentions.Count == 0) DateRecognizer.AddNumericMentions(trimmed, mentions);
        return mentions is [var mention] && TryConvert(mention, trimmed.Length, out date, out monthOnly);
    }

    /// <summary>
    /// As <see cref="TryParse"/>, for a date that <see cref="TrailingDate"/> read, its month name at <paramref name="monthStart"/>.
    /// Such a date holds at most a day before the month name and only days, "and", commas, dashes and a year after it, so
    /// the month name is the first and the only one the month pass would find: it is read where it is, without a search.
    /// </summary>
    public static bool TryParseTrailing(string text, int monthStart, out DateOnly date, out bool monthOnly)
    {
        // Most citations write "November 23, 2019": that form, a real day of a year the month reader accepts, is read
        // here; the month reader gives it the same day (its ranges, lists and day-first forms all need more).
        if (monthStart == 0 && MonthNames.TryRead(text, 0, out var m, out var nameLength, out var shortened) && !shortened
            && TryDayCommaYear(text, nameLength, out var day, out var year) && year is >= 1900 and <= 2100
            && day >= 1 && day <= DateTime.DaysInMonth(year, m))
        {
            date = new DateOnly(year, m, day);
            monthOnly = false;
            return true;
        }
        if (monthStart >= 0 && monthStart < text.Length
            && MonthNames.TryRead(text, monthStart, out var month, out var length, out var abbreviated)
            && MonthDateParser.TryParse(text, monthStart, month, length, abbreviated) is { } mention)
            return TryConvert(mention, text.Length, out date, out monthOnly);
        return TryParse(text, out date, out monthOnly); // not read at the month: the general reading decides
    }

    /// <summary>" 23, 2019" from <paramref name="i"/> to the end of <paramref name="text"/>: one space, one or two digits, a comma, one space, four digits.</summary>
    internal static bool TryDayCommaYear(string text, int i, out int day, out int year)
    {
        day = year = 0;
        var dayLength = text.Length - i - 7; // " " + day + ", " + year
        if (dayLength is not (1 or 2) || text[i] != ' ') return false;
        var rest = text.AsSpan(i + 1);
        for (var k = 0; k < dayLength; k++)
        {
            if (!char.IsAsciiDigit(rest[k])) return false;
            day = day * 10 + (rest[k] - '0');
        }
        if (rest[dayLength] != ',' || rest[dayLength + 1] != ' ') return false;
        foreach (var c in rest[(dayLength + 2)..])
        {
            if (!char.IsAsciiDigit(c)) return false;
            year = year * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>The mention, when it is the whole text (of <paramref name="textLength"/>) and a date with its year.</summary>
    private static bool TryConvert(DateMention mention, int textLength, out DateOnly date, out bool monthOnly)
    {
        date = default;
        monthOnly = false;
        // The year may be written once for several days ("February 2 and 3, 2019"): resolving the mention shares it.
        if (mention.Start != 0 || mention.Length != textLength
            || mention.Kind is not (DateMentionKind.Explicit or DateMentionKind.Month)
            || mention.Resolve(NoContext) is not { Start.Year: >= 1900 and <= 2200 } span)
            return false;
        date = span.Start;
        monthOnly = span.Precision == DatePrecision.Month;
        return true;
    }
}
