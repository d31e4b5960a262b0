using IncidentExtract.Assembling;
using IncidentExtract.Recognition.Dates;

namespace IncidentExtract.Resolution;

/// <summary>
/// Dates an incident, in the SPEC's order of evidence:
/// <list type="number">
/// <item>a date its own event sentences state (relative forms against the date stated before them;
/// when one stated span contains the others, "On November 16-19 … clashes", it is the incident's);
/// else a calendar date written in its other sentences;</item>
/// <item>the earliest date of the citations inside its own sentences (precision source);</item>
/// <item>the date stated last before it in its block ("One hundred suspects were detained" after
/// "on November 18, 2019, its operatives ambushed …");</item>
/// <item>the date of the citation that follows and covers it (precision source);</item>
/// <item>the date stated last earlier in its section, for articles telling undated events of one dated report;</item>
/// <item>the report period (precision week).</item>
/// </list>
/// A citation's date is never read as the event date itself: it only ever gives precision source.
/// </summary>
public static class IncidentDateResolver
{
    public static DateSpan? Resolve(IncidentDraft draft, ReportPeriod? period, DateOnly? sectionAnchor)
    {
        var anchor = sectionAnchor;
        DateOnly? blockAnchor = null;
        var stated = new List<DateSpan>();
        foreach (var unit in draft.BlockUnits)
        {
            bool own = draft.Units.Any(u => ReferenceEquals(u, unit));
            foreach (var mention in unit.Dates)
            {
                var span = mention.Resolve(new DateContext(period, anchor));
                if (span is null) continue;
                if (own && unit.Triggers.Count > 0)
                {
                    stated.Add(span.Value);
                    break;
                }
                if (!own && mention.Kind is DateMentionKind.Explicit or DateMentionKind.RelativeDays)
                {
                    anchor = span.Value.End;
                    blockAnchor = span.Value.Start;
                }
            }
        }
        if (stated.Count > 0)
            return stated.FirstOrDefault(s => stated.All(o => s.Start <= o.Start && o.End <= s.End), stated[0]);
        // A calendar date written in a sentence of the incident without an event word (the scene-setting lead).
        foreach (var unit in draft.Units)
            foreach (var mention in unit.Dates)
                if (mention.Kind is DateMentionKind.Explicit or DateMentionKind.Month && mention.Resolve(new DateContext(period, anchor)) is { } written)
                    return written;

        if (EarliestSourceDate(draft.Units.SelectMany(u => u.Citations)) is { } own1) return new DateSpan(own1, own1, DatePrecision.Source);
        if (blockAnchor is { } b) return DateSpan.Day(b);
        if (EarliestSourceDate(draft.Units.SelectMany(u => u.SourceCitations)) is { } covering) return new DateSpan(covering, covering, DatePrecision.Source);
        if (sectionAnchor is { } a) return DateSpan.Day(a);
        return period?.AsSpan(DatePrecision.Week);
    }

    private static DateOnly? EarliestSourceDate(IEnumerable<Recognition.Citations.Citation> citations)
    {
        DateOnly? earliest = null;
        foreach (var source in citations.SelectMany(c => c.Sources))
            if (source.Date is { } d && !source.MonthOnly && (earliest is null || d < earliest)) earliest = d;
        return earliest;
    }
}
