namespace IncidentExtract.Recognition.Dates;

/// <summary>What shape of date expression a mention is; decides how it resolves.</summary>
public enum DateMentionKind { Explicit, Month, ThisWeek, LastWeek, RelativeDays, Weekday }

/// <summary>A calendar date as written: the year may be missing ("On November 22"), the day too ("In March 2019").</summary>
public readonly record struct PartialDate(int? Year, int Month, int? Day);

/// <summary>
/// One date expression found in a text. <see cref="From"/>/<see cref="To"/> hold what was written for
/// Explicit and Month mentions (To is null for a single day or month); <see cref="DayOffset"/> is the
/// signed distance for RelativeDays ("two days earlier" = -2); <see cref="Weekday"/> is set for Weekday.
/// </summary>
public sealed record DateMention(
    int Start,
    int Length,
    string Text,
    DateMentionKind Kind,
    PartialDate? From = null,
    PartialDate? To = null,
    int DayOffset = 0,
    DayOfWeek? Weekday = null)
{
    public int End => Start + Length;

    /// <summary>The calendar span this mention denotes in <paramref name="context"/>; null when it cannot be resolved.</summary>
    public DateSpan? Resolve(DateContext context) => Kind switch
    {
        DateMentionKind.Explicit => ResolveExplicit(context.Period),
        DateMentionKind.Month => ResolveMonth(context.Period),
        DateMentionKind.ThisWeek => context.Period?.AsSpan(DatePrecision.Week),
        DateMentionKind.LastWeek => context.Period is { } p
            ? new DateSpan(p.Start.AddDays(-7), p.Start.AddDays(-1), DatePrecision.Week)
            : null,
        DateMentionKind.RelativeDays => context.Anchor is { } a ? DateSpan.Day(a.AddDays(DayOffset)) : null,
        DateMentionKind.Weekday => ResolveWeekday(context.Period),
        _ => null,
    };

    private DateSpan? ResolveExplicit(ReportPeriod? period)
    {
        if (From is not { } from) return null;
        var to = To ?? from;
        if (!YearsFor(from, to, period, out var fromYear, out var toYear)) return null;
        if (!TryMakeDate(fromYear, from.Month, from.Day ?? 1, out var start)
            || !TryMakeDate(toYear, to.Month, to.Day ?? 1, out var end)
            || end < start)
            return null;
        return new DateSpan(start, end, start == end ? DatePrecision.Day : DatePrecision.Range);
    }

    private DateSpan? ResolveMonth(ReportPeriod? period)
    {
        if (From is not { } from) return null;
        var to = To ?? from;
        if (!YearsFor(from, to, period, out var fromYear, out var toYear)) return null;
        var start = new DateOnly(fromYear, from.Month, 1);
        var end = new DateOnly(toYear, to.Month, DateTime.DaysInMonth(toYear, to.Month));
        return end < start ? null : new DateSpan(start, end, DatePrecision.Month);
    }

    private DateSpan? ResolveWeekday(ReportPeriod? period)
    {
        if (period is null || Weekday is not { } weekday) return null;
        // Counting back from the period's end picks the latest such day, the one a weekly report means.
        for (var d = period.End; d >= period.Start; d = d.AddDays(-1))
            if (d.DayOfWeek == weekday) return DateSpan.Day(d);
        return null;
    }

    /// <summary>
    /// Fills missing years: the start borrows the end's year (a year earlier when its month comes later,
    /// "December 29 – January 4, 2017"); with no year written at all, the report period's end year,
    /// a year earlier for a month after the period's end month (a December event in a January report).
    /// </summary>
    private static bool YearsFor(PartialDate from, PartialDate to, ReportPeriod? period, out int fromYear, out int toYear)
    {
        fromYear = toYear = 0;
        if (to.Year is { } ty) toYear = ty;
        else if (from.Year is { } fy0) toYear = to.Month < from.Month ? fy0 + 1 : fy0;
        else if (period is not null) toYear = to.Month > period.End.Month ? period.End.Year - 1 : period.End.Year;
        else return false;

        if (from.Year is { } fy) fromYear = fy;
        else fromYear = from.Month > to.Month ? toYear - 1 : toYear;
        return fromYear is >= 1 and <= 9999 && toYear is >= 1 and <= 9999;
    }

    private static bool TryMakeDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
