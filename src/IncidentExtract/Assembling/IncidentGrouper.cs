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
/// attack and taking people into custody; a strong trigger at another named place.
/// </summary>
/// <param name="placeOf">The place a sentence is about, if it names one (see <see cref="NamedTown"/>).</param>
public sealed class IncidentGrouper(Func<string, NamedPlace?> placeOf)
{
    public IReadOnlyList<IncidentDraft> Group(ReportNode block, IReadOnlyList<IncidentUnit> units, DateContext dateContext)
    {
        // Resolving a place is the dear step, and each event unit is asked about again and again
        // as later units are compared with the incident so far: ask once per unit.
        var places = new Dictionary<IncidentUnit, NamedPlace?>(ReferenceEqualityComparer.Instance);
        var drafts = new List<List<IncidentUnit>>();
        // Each draft's first stated date, as its units come in: the restated ranges are read against it afterwards.
        var draftDates = new List<DateSpan?>();
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
                // The scene-setting sentence before the first event ("On November 18, 2019, an Algerian
                // army force was dropped from three helicopters, with the aim of capturing …") too.
                if (unit.Triggers.Count > 0 || unit.Dates.Any(d => d.Kind is DateMentionKind.Explicit)) lead.Add(unit);
                else lead.Clear();
                continue;
            }
            if (unit.HasEvent)
            {
                var unitDate = FirstDate(unit, dateContext);
                if (current is null || closed || OpensNewIncident(current, currentDate, unit, unitDate, places))
                {
                    current = drafts.Count == 0 ? [.. lead, unit] : [unit];
                    drafts.Add(current);
                    draftDates.Add(unitDate);
                    currentDate = unitDate;
                    closed = false;
                }
                else
                {
                    current.Add(unit);
                    currentDate ??= unitDate;
                    draftDates[^1] = currentDate;
                }
            }
            else if (current is not null && !closed)
            {
                // What someone said, a separately cited report of fighting "in various areas", or a
                // tally of many events ("SOHR has documented 207 operations …") is not part of the
                // incident told before it, nor is what follows it.
                if ((unit.IsStatement && unit.Triggers.Count == 0 && !MentionsCasualties(unit.Text))
                    || (unit.Citations.Count > 0 && NonEventCues.IsScattered(unit.Text))
                    || (unit.Triggers.Count > 0 && NonEventCues.IsAggregate(unit.Text)))
                    closed = true;
                else current.Add(unit);
            }
        }
        drafts = MergeRestatedRanges(drafts, draftDates);
        // Every draft sees the block's units up to its last one: views of one array, not copies.
        var blockUnits = units as IncidentUnit[] ?? units.ToArray();
        var result = new List<IncidentDraft>(drafts.Count);
        for (int k = 0; k < drafts.Count; k++)
            result.Add(new IncidentDraft(block, k, drafts[k])
            {
                BlockUnits = new ArraySegment<IncidentUnit>(blockUnits, 0, IndexOf(units, drafts[k][^1]) + 1),
            });
        return result;
    }

    private bool OpensNewIncident(List<IncidentUnit> current, DateSpan? currentDate, IncidentUnit unit, DateSpan? unitDate, Dictionary<IncidentUnit, NamedPlace?> places)
    {
        if (unit.IsClause) return true;
        if (unitDate is { } d && currentDate is { } c && (d.Start != c.Start || d.End != c.End)) return true;
        if (unitDate is not null && currentDate is null && unit.HasStrongTrigger) return true;
        // The incident's kind is set by its first event: a sweep that ends in detentions stays one operation.
        var currentType = FirstEvent(current).Type;
        if (unit.StartsWithConnector && unit.HasStrongTrigger && unit.Type is not EventType.Seizure) return true;
        if (unit.HasStrongTrigger && MovesElsewhere(current, unit, places)) return true;
        if (unit.HasStrongTrigger && unit.Type is not (EventType.Seizure or EventType.Other)
            && EventTriggerRecognizer.IsSecurityCustody(unit.Type) != EventTriggerRecognizer.IsSecurityCustody(currentType)
            && currentType is not EventType.Other)
            return true;
        return false;
    }

    /// <summary>
    /// "The Iraqi Army carried out a military operation in the area of the town of Naft Khaneh … The
    /// Iraqi Army also announced that a weapons cache was found in the area of the city of Mandali",
    /// "… airstrikes against rebel targets in the rebel enclave of Idlib. … In Somalia Al-Shabaab
    /// detonated two car bombs": an event at a town, or in a country, the incident so far has not
    /// named is another incident.
    /// </summary>
    private bool MovesElsewhere(List<IncidentUnit> current, IncidentUnit unit, Dictionary<IncidentUnit, NamedPlace?> places)
    {
        if (PlaceOf(unit, places) is not { } there) return false;
        foreach (var u in current)
            if (u.Text.Contains(there.AsWritten, StringComparison.OrdinalIgnoreCase)) return false;
        // "The airstrike focused on the road leading to Maarat Nu’man" tells more of the same event.
        if (UnitPatterns.BackReference().IsMatch(unit.Text)) return false;
        NamedPlace? here = null;
        foreach (var u in current)
            if (u.HasEvent && PlaceOf(u, places) is { } p) { here = p; break; }
        if (here is null) return there.IsTown && unit.Type != FirstEvent(current).Type;
        return here.IsTown && there.IsTown
            ? !string.Equals(here.AsWritten, there.AsWritten, StringComparison.OrdinalIgnoreCase)
            : !string.Equals(here.Country, there.Country, StringComparison.Ordinal);
    }

    /// <summary>
    /// "On November 16, 2017, the Syrian army entered the city … Before that, on November 11 … On
    /// November 16-19, 2017, clashes took place in the city": a later range that spans an earlier
    /// incident's day of the same block restates it; the two are one incident.
    /// </summary>
    /// <param name="dates">Each draft's first date: of its event units in order, the first that states one (as the
    /// grouping met them, so none is resolved twice).</param>
    private static List<List<IncidentUnit>> MergeRestatedRanges(List<List<IncidentUnit>> drafts, List<DateSpan?> dates)
    {
        if (drafts.Count < 2) return drafts; // most blocks tell one incident: nothing to merge
        for (int j = drafts.Count - 1; j > 0; j--)
        {
            if (dates[j] is not { Precision: DatePrecision.Range } range) continue;
            for (int i = 0; i < j; i++)
            {
                if (dates[i] is not { Precision: DatePrecision.Day } day || day.Start < range.Start || day.End > range.End) continue;
                drafts[i].AddRange(drafts[j]);
                drafts.RemoveAt(j);
                dates.RemoveAt(j);
                break;
            }
        }
        return drafts;
    }

    private NamedPlace? PlaceOf(IncidentUnit unit, Dictionary<IncidentUnit, NamedPlace?> places)
    {
        if (!places.TryGetValue(unit, out var place)) places[unit] = place = placeOf(unit.Text);
        return place;
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

    // An incident opens with an event unit, so there is one: what First(u => u.HasEvent) finds, without an enumerator.
    private static IncidentUnit FirstEvent(List<IncidentUnit> current)
    {
        foreach (var u in current)
            if (u.HasEvent) return u;
        throw new InvalidOperationException("An incident holds no event.");
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
