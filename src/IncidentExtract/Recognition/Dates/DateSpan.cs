namespace IncidentExtract.Recognition.Dates;

/// <summary>How precisely an incident's date is known (the SPEC's date_precision).</summary>
public enum DatePrecision { Day, Range, Month, Week, Source }

/// <summary>A resolved calendar span; Start == End for one day.</summary>
public readonly record struct DateSpan(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateSpan Day(DateOnly d) => new(d, d, DatePrecision.Day);
}

/// <summary>The period a report covers (from its title, else from its latest cited date).</summary>
public sealed record ReportPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>The week (seven days) ending on <paramref name="end"/>.</summary>
    public static ReportPeriod WeekEndingOn(DateOnly end) => new(end.AddDays(-6), end);

    public DateSpan AsSpan(DatePrecision precision = DatePrecision.Week) => new(Start, End, precision);
}

/// <summary>
/// What a date mention is resolved against: the report period (for missing years, "this week",
/// weekdays) and the anchor, the date last stated before it in the same block or section
/// (for "two days earlier", "the following day").
/// </summary>
public sealed record DateContext(ReportPeriod? Period, DateOnly? Anchor = null);
