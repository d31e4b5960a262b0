using IncidentExtract.Recognition.Citations;
using IncidentExtract.Recognition.Dates;
using IncidentExtract.Segmentation;

namespace IncidentExtract.Resolution;

/// <summary>
/// The period a report covers: from its title ("Spotlight on Global Jihad (November 21-27, 2019)"),
/// else the week ending on its latest cited or datelined date (a report is written after what it cites).
/// </summary>
public sealed class ReportPeriodResolver(CitationParser citations, IDateRecognizer dates)
{
    public ReportPeriod? Resolve(SegmentedReport report)
    {
        if (report.Title is { } title && ReportPeriodParser.FromTitle(title) is { } fromTitle) return fromTitle;

        DateOnly? latest = null;
        foreach (var node in report.Nodes)
        {
            if (node.Kind == NodeKind.Meta)
            {
                foreach (var mention in dates.Recognize(node.Text))
                    if (mention.Resolve(new DateContext(null)) is { } span) latest = Max(latest, span.End);
                continue;
            }
            if (node.Kind is NodeKind.Chrome or NodeKind.Title or NodeKind.Heading) continue;
            foreach (var citation in citations.Parse(node.Text))
                foreach (var source in citation.Sources)
                    if (source.Date is { } d && !source.MonthOnly) latest = Max(latest, d);
        }
        return latest is { } end ? ReportPeriod.WeekEndingOn(end) : null;
    }

    private static DateOnly Max(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;
}
