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
        if (monthStart >= 0 && monthStart < text.Length
            && MonthNames.TryRead(text, monthStart, out var month, out var length, out var abbreviated)
            && MonthDateParser.TryParse(text, monthStart, month, length, abbreviated) is { } mention)
            return TryConvert(mention, text.Length, out date, out monthOnly);
        return TryParse(text, out date, out monthOnly); // not read at the month: the general reading decides
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
