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
        // Indexed loops, no LINQ or closures: every draft is dated, and the block's units are read for each.
        var blockUnits = draft.BlockUnits;
        for (var k = 0; k < blockUnits.Count; k++)
        {
            var unit = blockUnits[k];
            var own = IsOwn(draft, unit);
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
        if (stated.Count > 0) return Containing(stated) ?? stated[0];
        // A calendar date written in a sentence of the incident without an event word (the scene-setting lead).
        foreach (var unit in draft.Units)
            foreach (var mention in unit.Dates)
                if (mention.Kind is DateMentionKind.Explicit or DateMentionKind.Month && mention.Resolve(new DateContext(period, anchor)) is { } written)
                    return written;

        if (EarliestSourceDate(draft.Units, covering: false) is { } own1) return new DateSpan(own1, own1, DatePrecision.Source);
        if (blockAnchor is { } b) return DateSpan.Day(b);
        if (EarliestSourceDate(draft.Units, covering: true) is { } covering) return new DateSpan(covering, covering, DatePrecision.Source);
        if (sectionAnchor is { } a) return DateSpan.Day(a);
        return period?.AsSpan(DatePrecision.Week);
    }

    private static bool IsOwn(IncidentDraft draft, IncidentUnit unit)
    {
        var units = draft.Units;
        for (var k = 0; k < units.Count; k++)
            if (ReferenceEquals(units[k], unit)) return true;
        return false;
    }

    /// <summary>The first stated span that contains all the others, null when none does.</summary>
    private static DateSpan? Containing(List<DateSpan> stated)
    {
        foreach (var s in stated)
        {
            var containsAll = true;
            foreach (var o in stated)
                if (!(s.Start <= o.Start && o.End <= s.End)) { containsAll = false; break; }
            if (containsAll) return s;
        }
        return null;
    }

    /// <summary>
    /// The earliest day-precise source date of the units' own citations, or with <paramref name="covering"/> of their
    /// <see cref="IncidentUnit.SourceCitations"/> (their own, else the covering one).
    /// </summary>
    private static DateOnly? EarliestSourceDate(IReadOnlyList<IncidentUnit> units, bool covering)
    {
        DateOnly? earliest = null;
        for (var k = 0; k < units.Count; k++)
        {
            var citations = units[k].Citations;
            if (citations.Count > 0)
            {
                for (var c = 0; c < citations.Count; c++) earliest = Earliest(citations[c], earliest);
            }
            else if (covering && units[k].CoveringCitation is { } cover) earliest = Earliest(cover, earliest);
        }
        return earliest;
    }

    private static DateOnly? Earliest(Recognition.Citations.Citation citation, DateOnly? earliest)
    {
        var sources = citation.Sources;
        for (var i = 0; i < sources.Count; i++)
            if (sources[i].Date is { } d && !sources[i].MonthOnly && (earliest is null || d < earliest)) earliest = d;
        return earliest;
    }
}
