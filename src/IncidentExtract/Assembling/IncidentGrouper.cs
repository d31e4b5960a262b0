using IncidentExtract.Recognition.Dates;
using IncidentExtract.Recognition.Events;
using IncidentExtract.Segmentation;

namespace IncidentExtract.Assembling;

/// <summary>
/// Groups a block's units into incidents. A unit with an event trigger either continues the
/// current incident or opens a new one; units without a trigger (casualty figures, claims,
/// "He was executed") continue the current incident until a statement closes it.
/// A new incident opens on: a new clause of a split sentence; a different stated date;
/// a connector ("In addition, …", "also") before a strong trigger; a switch between an
/// attack and taking people into custody.
/// </summary>
public sealed class IncidentGrouper
{
    public IReadOnlyList<IncidentDraft> Group(ReportNode block, IReadOnlyList<IncidentUnit> units, DateContext dateContext)
    {
        var drafts = new List<List<IncidentUnit>>();
        List<IncidentUnit>? current = null;
        DateSpan? currentDate = null;
        bool closed = false;

        var lead = new List<IncidentUnit>();
        foreach (var unit in units)
        {
            // "Fighting continues between the Syrian Army and ISIS in the area of the Aarak oil and
            // gas field." frames the event told next: it joins the block's first incident.
            if (current is null && !unit.HasEvent)
            {
                if (unit.Triggers.Count > 0) lead.Add(unit); else lead.Clear();
                continue;
            }
            if (unit.HasEvent)
            {
                var unitDate = FirstDate(unit, dateContext);
                if (current is null || closed || OpensNewIncident(current, currentDate, unit, unitDate))
                {
                    current = drafts.Count == 0 ? [.. lead, unit] : [unit];
                    drafts.Add(current);
                    currentDate = unitDate;
                    closed = false;
                }
                else
                {
                    current.Add(unit);
                    currentDate ??= unitDate;
                }
            }
            else if (current is not null && !closed)
            {
                if (unit.IsStatement && unit.Triggers.Count == 0 && !MentionsCasualties(unit.Text)) closed = true;
                else current.Add(unit);
            }
        }
        return drafts.Select((own, k) => new IncidentDraft(block, k, own)
        {
            BlockUnits = units.Take(IndexOf(units, own[^1]) + 1).ToList(),
        }).ToList();
    }

    private static bool OpensNewIncident(List<IncidentUnit> current, DateSpan? currentDate, IncidentUnit unit, DateSpan? unitDate)
    {
        if (unit.IsClause) return true;
        if (unitDate is { } d && currentDate is { } c && (d.Start != c.Start || d.End != c.End)) return true;
        if (unitDate is not null && currentDate is null && unit.HasStrongTrigger) return true;
        // The incident's kind is set by its first event: a sweep that ends in detentions stays one operation.
        var currentType = current.First(u => u.HasEvent).Type;
        if (unit.StartsWithConnector && unit.HasStrongTrigger && unit.Type is not EventType.Seizure) return true;
        if (unit.HasStrongTrigger && unit.Type is not (EventType.Seizure or EventType.Other)
            && EventTriggerRecognizer.IsSecurityCustody(unit.Type) != EventTriggerRecognizer.IsSecurityCustody(currentType)
            && currentType is not EventType.Other)
            return true;
        return false;
    }

    private static DateSpan? FirstDate(IncidentUnit unit, DateContext context)
    {
        foreach (var mention in unit.Dates)
        {
            if (mention.Kind is DateMentionKind.RelativeDays) continue; // resolved later, against the block's anchor
            if (mention.Resolve(context) is { } span) return span;
        }
        return null;
    }

    private static int IndexOf(IReadOnlyList<IncidentUnit> units, IncidentUnit unit)
    {
        for (int i = 0; i < units.Count; i++)
            if (ReferenceEquals(units[i], unit)) return i;
        return units.Count - 1;
    }

    private static bool MentionsCasualties(string text) =>
        text.Contains("killed", StringComparison.OrdinalIgnoreCase)
        || text.Contains("wounded", StringComparison.OrdinalIgnoreCase)
        || text.Contains("casualt", StringComparison.OrdinalIgnoreCase);
}
