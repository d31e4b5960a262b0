using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentExtract.Recognition.Citations;

/// <summary>
/// The one place where a citation's date string becomes a <see cref="DateOnly"/>. Kept apart so that
/// it can later delegate to the general date recognizer (Recognition/Dates) without touching the parser.
/// </summary>
internal static partial class CitationDate
{
    // The patterns below match only these exact names; a lookup spares DateTime.ParseExact, which reads the clock on every call.
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>
    /// "November 23, 2019" → 2019-11-23; several days ("November 15, 17, 18, 2017", "February 2 and 3, 2019",
    /// "February 2-3, 2019") → the first day; "23 November 2019" likewise; "November 2017" → 2017-11-01 with
    /// <paramref name="monthOnly"/>. A date without a year is not converted (the caller keeps the source undated).
    /// </summary>
    public static bool TryParse(string text, out DateOnly date, out bool monthOnly)
    {
        date = default;
        monthOnly = false;
        var trimmed = text.Trim();
        var m = DatePattern().Match(trimmed);
        if (!m.Success) m = DayFirstPattern().Match(trimmed);
        if (!m.Success) return false;
        var month = Array.IndexOf(MonthNames, m.Groups["month"].Value) + 1;
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = 1;
        if (m.Groups["day"].Success) day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        else monthOnly = true;
        if (year is < 1900 or > 2200 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:(?<day>\d{1,2})(?:(?:\s*,\s*|\s+and\s+|\s*[-–]\s*)\d{1,2})*\s*,?\s+)?(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<day>\d{1,2})\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstPattern();
}
