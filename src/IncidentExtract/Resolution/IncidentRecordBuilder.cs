using System.Collections.Frozen;
using System.Text.RegularExpressions;
using IncidentExtract.Assembling;
using IncidentExtract.Gazetteers;
using IncidentExtract.Output;
using IncidentExtract.Reading;
using IncidentExtract.Recognition.Actors;
using IncidentExtract.Recognition.Casualties;
using IncidentExtract.Recognition.Citations;
using IncidentExtract.Recognition.Dates;
using IncidentExtract.Recognition.Events;
using IncidentExtract.Recognition.Places;
using IncidentExtract.Segmentation;

namespace IncidentExtract.Resolution;

/// <summary>
/// Turns an incident draft into its output record: resolves place, actors, casualties and
/// sources with the recognisers, and fixes the event type where the actors decide it (a capture
/// by a state force is an arrest, by an armed group an abduction).
/// </summary>
public sealed partial class IncidentRecordBuilder(
    PlaceResolver places,
    ActorRoleResolver actors,
    InlineSourceRecognizer inlineSources,
    CasualtyExtractor casualties,
    Gazetteer gazetteer)
{
    private readonly Dictionary<string, ActorKind> _actorKinds = gazetteer.Actors
        .GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.OrdinalIgnoreCase);

    public IncidentRecord Build(SourceDocument document, SegmentedReport report, ReportPeriod? period,
        IncidentDraft draft, int draftsInBlock, DateSpan? date, ReportNode? parent, ReportPlaces? reportPlaces = null)
    {
        var block = draft.Block;
        var text = draft.Text;
        // A parent bullet ("ISIS’s “routine” attacks in the northern Sinai Peninsula continued.
        // Following are the main operations:") frames its children like an innermost heading.
        IReadOnlyList<string> context = parent is null ? block.Section : [.. block.Section, parent.Text];

        var placeContext = new PlaceContext(text, block.Text, context, block.LeadIn, reportPlaces?.Countries);
        var place = reportPlaces is null ? places.Resolve(placeContext) : places.Resolve(placeContext, reportPlaces);
        var type = draft.Type;
        var roles = actors.Resolve(new ActorContext(text, block.Text, context, block.LeadIn, type));
        type = RefineCustody(type, roles.Perpetrator);
        var counts = casualties.Extract(draft.Units.Select(u => u.Text).ToList());
        // An operation (a sweep, a raid) in which people were killed is an armed assault.
        if (draft.Units.First(u => u.HasEvent).Type == EventType.Other
            && (counts.KilledMin > 0 || counts.Note?.Contains("killed", StringComparison.Ordinal) == true))
            type = EventType.ArmedAssault;
        var sources = Sources(draft);

        return new IncidentRecord
        {
            Id = draftsInBlock > 1 ? $"{document.Stem}#{block.Number}.{draft.Index + 1}" : $"{document.Stem}#{block.Number}",
            Doc = document.Path,
            ReportTitle = report.Title,
            ReportStart = period?.Start,
            ReportEnd = period?.End,
            Section = block.Section,
            Line = block.Line,
            Text = text,
            EventType = SnakeCase(type),
            DateStart = date?.Start,
            DateEnd = date?.End,
            DatePrecision = date is { } d ? d.Precision.ToString().ToLowerInvariant() : null,
            Place = place.Name,
            PlaceAsWritten = place.AsWritten,
            Admin1 = place.Admin1,
            Country = place.Country,
            Lat = place.Lat,
            Lon = place.Lon,
            GeoPrecision = place.Precision.ToString().ToLowerInvariant(),
            DistanceKm = place.DistanceKm,
            Bearing = place.Bearing,
            Perpetrator = roles.Perpetrator,
            PerpetratorBranch = roles.PerpetratorBranch,
            Attribution = roles.Attribution == Attribution.None ? null : roles.Attribution.ToString().ToLowerInvariant(),
            Target = roles.Target,
            KilledMin = counts.KilledMin,
            KilledMax = counts.KilledMax,
            WoundedMin = counts.WoundedMin,
            WoundedMax = counts.WoundedMax,
            Captured = counts.Captured,
            CasualtyNote = counts.Note,
            Sources = sources,
            Confidence = Confidence(draft, date, place, roles, sources),
        };
    }

    private EventType RefineCustody(EventType type, string? perpetrator)
    {
        if (type is not (EventType.Arrest or EventType.Abduction) || perpetrator is null) return type;
        if (!_actorKinds.TryGetValue(perpetrator, out var kind)) return type;
        return kind is ActorKind.StateForce or ActorKind.InternationalForce or ActorKind.Militia
            ? EventType.Arrest
            : EventType.Abduction;
    }

    /// <summary>Inline sources ("according to the Syrian Observatory …") first, then the citations, each name once.</summary>
    private List<SourceEntry> Sources(IncidentDraft draft)
    {
        var list = new List<SourceEntry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in ReportingUnits(draft))
            foreach (var inline in inlineSources.Recognize(unit.Text))
                if (seen.Add(inline.Name)) list.Add(new SourceEntry(inline.Name, null));
        foreach (var s in draft.Units.SelectMany(u => u.SourceCitations).SelectMany(c => c.Sources))
        {
            if (seen.Add(s.Name)) list.Add(new SourceEntry(s.Name, s.Date));
            else if (s.Date is { } d && list.FindIndex(e => e.Name.Equals(s.Name, StringComparison.OrdinalIgnoreCase) && e.Date is null) is var i and >= 0)
                list[i] = list[i] with { Date = d };
        }
        return list;
    }

    /// <summary>
    /// The incident's units, and for a clause split off a reported sentence ("Al-Ahmad reported that
    /// ISIS had claimed …, and that it had also kidnapped …") the earlier clauses naming the reporter.
    /// </summary>
    private static IEnumerable<IncidentUnit> ReportingUnits(IncidentDraft draft)
    {
        var units = draft.BlockUnits;
        int first = -1;
        for (int k = 0; k < units.Count; k++)
            if (ReferenceEquals(units[k], draft.Units[0])) { first = k; break; }
        int start = first;
        while (start > 0 && units[start].IsClause) start--;
        return first < 0 ? draft.Units : units.Skip(start).Take(first - start).Concat(draft.Units);
    }

    /// <summary>How sure the extractor is that this is one real incident: each resolved facet adds evidence.</summary>
    private static double Confidence(IncidentDraft draft, DateSpan? date, ResolvedPlace place, ActorRoles roles, List<SourceEntry> sources)
    {
        double c = draft.OnlyWeakTriggers ? 0.35 : 0.5;
        if (date is { Precision: DatePrecision.Day or DatePrecision.Range }) c += 0.15;
        else if (date is { Precision: DatePrecision.Source }) c += 0.1;
        if (place.Name is not null) c += 0.15;
        if (roles.Perpetrator is not null || roles.Target is not null) c += 0.1;
        if (sources.Count > 0) c += 0.1;
        return Math.Min(1, c);
    }

    // Every record names its type: the names are spelled once, not by a regex per record.
    private static readonly FrozenDictionary<EventType, string> TypeNames =
        Enum.GetValues<EventType>().ToDictionary(t => t, t => SnakeCase(t.ToString())).ToFrozenDictionary();

    private static string SnakeCase(EventType type) => TypeNames.TryGetValue(type, out var name) ? name : SnakeCase(type.ToString());

    private static string SnakeCase(string pascal) => SnakeCaseBoundary().Replace(pascal, "_$1").ToLowerInvariant();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCaseBoundary();
}
