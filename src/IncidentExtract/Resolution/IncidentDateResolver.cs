using IncidentExtract.Assembling;
using IncidentExtract.Recognition.Dates;

namespace IncidentExtract.Resolution;

/// <summary>
/// Dates an incident as the SPEC orders it: the date its own text states (relative forms against
/// the date last stated before them); else the earliest date of its cited sources (precision
/// source); else the date last stated earlier in its section, for articles that tell several
/// undated events of one dated report; else the report period (precision week).
/// </summary>
public static class IncidentDateResolver
{
    public static DateSpan? Resolve(IncidentDraft draft, ReportPeriod? period, DateOnly? sectionAnchor)
    {
        var anchor = sectionAnchor;
        foreach (var unit in draft.Block.IsContent ? PrecedingUnitsAndOwn(draft) : draft.Units)
        {
            bool own = draft.Units.Contains(unit);
            foreach (var mention in unit.Dates)
            {
                var span = mention.Resolve(new DateContext(period, anchor));
                if (span is null) continue;
                if (own) return span;
                if (mention.Kind is DateMentionKind.Explicit) anchor = span.Value.End;
            }
        }

        var sourceDates = draft.Units.SelectMany(u => u.Citations).SelectMany(c => c.Sources)
            .Where(s => s.Date is not null && !s.MonthOnly).Select(s => s.Date!.Value).ToList();
        if (sourceDates.Count > 0)
        {
            var earliest = sourceDates.Min();
            return new DateSpan(earliest, earliest, DatePrecision.Source);
        }
        if (sectionAnchor is { } a) return DateSpan.Day(a);
        return period?.AsSpan(DatePrecision.Week);
    }

    // The block's units before the incident only supply anchors for "two days earlier".
    private static IEnumerable<IncidentUnit> PrecedingUnitsAndOwn(IncidentDraft draft) => draft.BlockUnits;
}
