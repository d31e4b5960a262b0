using System.Buffers;

namespace IncidentExtract.Recognition.Citations;

/// <summary>
/// The date that ends a trimmed citation part: "Telegram, November 23, 2019" → "November 23, 2019",
/// also "23 November 2019", "November 15, 17, 18, 2017", "February 2 and 3, 2019", "February 2-3, 2019",
/// "November 2017", a bare "November", and a final period. It reads what the pattern
/// <c>(?&lt;date&gt;(?:\d{1,2}\s+)?MONTH(?:\s+\d{1,2}(?:(?:\s*,\s*|\s+and\s+|\s*[-–]\s*)\d{1,2})*)?(?:\s*,?\s+\d{4})?)\s*\.?$</c>
/// matches (the tests hold it to that pattern), without a regex run per part: every citation is read by
/// several stages. The leftmost start wins, as in the pattern.
/// </summary>
internal static class TrailingDate
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly SearchValues<string> MonthSearch = SearchValues.Create(Months, StringComparison.Ordinal);

    /// <summary>Finds the date in <paramref name="part"/>, which has no white space at either end.</summary>
    public static bool TryMatch(ReadOnlySpan<char> part, out int start, out int length) => TryMatch(part, out start, out length, out _);

    /// <summary>As <see cref="TryMatch(ReadOnlySpan{char}, out int, out int)"/>, also giving where the month name starts in the date.</summary>
    public static bool TryMatch(ReadOnlySpan<char> part, out int start, out int length, out int monthStart)
    {
        start = length = monthStart = 0;
        // What follows the date: at most white space and one period (the part has no white space at its end).
        var end = part.Length;
        if (end > 0 && part[end - 1] == '.')
        {
            end--;
            while (end > 0 && char.IsWhiteSpace(part[end - 1])) end--;
        }
        for (var at = IndexOfMonth(part, 0); at >= 0 && at < end; at = IndexOfMonth(part, at + 1))
        {
            var monthEnd = at + MonthLength(part, at);
            if (monthEnd > end || !RestMatches(part, monthEnd, end)) continue;
            // A day before the month ("23 November") starts the date earlier: one or two digits, then white space.
            start = DayBefore(part, at);
            length = end - start;
            monthStart = at - start;
            return true;
        }
        return false;
    }

    private static int IndexOfMonth(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length) return -1;
        var hit = text[from..].IndexOfAny(MonthSearch);
        return hit < 0 ? -1 : from + hit;
    }

    private static int MonthLength(ReadOnlySpan<char> text, int at)
    {
        // The search found a full name there, and no two months share their first three letters.
        var month = Dates.MonthNames.OfPrefix(text.Slice(at, 3));
        if (month > 0 && text[at..].StartsWith(Months[month - 1], StringComparison.Ordinal)) return Months[month - 1].Length;
        throw new InvalidOperationException("no month at the position the search found");
    }

    private static int DayBefore(ReadOnlySpan<char> text, int month)
    {
        var ws = month;
        while (ws > 0 && char.IsWhiteSpace(text[ws - 1])) ws--;
        if (ws == month || ws == 0 || !char.IsDigit(text[ws - 1])) return month;
        return ws >= 2 && char.IsDigit(text[ws - 2]) ? ws - 2 : ws - 1;
    }

    /// <summary>After the month up to <paramref name="end"/>: nothing, the days, the year, or the days and the year.</summary>
    private static bool RestMatches(ReadOnlySpan<char> text, int i, int end)
    {
        if (i == end) return true;
        var yearStart = end - 4;
        if (yearStart >= i && IsDigitRun(text, yearStart, end))
        {
            // The year: white space, a comma or not, white space, then four digits; before it, the month or the last day.
            var gap = yearStart;
            while (gap > i && (char.IsWhiteSpace(text[gap - 1]) || text[gap - 1] == ',')) gap--;
            return YearGapMatches(text, gap, yearStart) && (gap == i || DaysMatch(text, i, gap));
        }
        return DaysMatch(text, i, end);
    }

    // \s*,?\s+
    private static bool YearGapMatches(ReadOnlySpan<char> text, int from, int to)
    {
        var j = SkipWhiteSpace(text, from, to);
        if (j < to && text[j] == ',') j = SkipWhiteSpace(text, j + 1, to);
        return j == to && to > from && char.IsWhiteSpace(text[to - 1]);
    }

    // \s+\d{1,2}(?:(?:\s*,\s*|\s+and\s+|\s*[-–]\s*)\d{1,2})*, all of text[i..end)
    private static bool DaysMatch(ReadOnlySpan<char> text, int i, int end)
    {
        var j = SkipWhiteSpace(text, i, end);
        if (j == i || !TryDay(text, j, end, out j)) return false;
        while (j < end)
        {
            var k = SkipWhiteSpace(text, j, end);
            if (k < end && text[k] is ',' or '-' or '–') k = SkipWhiteSpace(text, k + 1, end);
            else if (k > j && text[k..end].StartsWith("and", StringComparison.Ordinal))
            {
                var afterAnd = SkipWhiteSpace(text, k + 3, end);
                if (afterAnd == k + 3) return false;
                k = afterAnd;
            }
            else return false;
            if (!TryDay(text, k, end, out j)) return false;
        }
        return true;
    }

    private static bool TryDay(ReadOnlySpan<char> text, int i, int end, out int dayEnd)
    {
        dayEnd = i;
        while (dayEnd < end && char.IsDigit(text[dayEnd])) dayEnd++;
        return dayEnd - i is 1 or 2;
    }

    private static bool IsDigitRun(ReadOnlySpan<char> text, int from, int to)
    {
        for (var k = from; k < to; k++) if (!char.IsDigit(text[k])) return false;
        return from == 0 || !char.IsDigit(text[from - 1]);
    }

    private static int SkipWhiteSpace(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
