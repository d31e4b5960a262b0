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
        var counts = casualties.Extract(UnitTexts(draft.Units));
        // An operation (a sweep, a raid) in which people were killed is an armed assault.
        if (FirstEventUnit(draft.Units).Type == EventType.Other
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
            DatePrecision = date is { } d ? LowerCaseNames<DatePrecision>.Of(d.Precision) : null,
            Place = place.Name,
            PlaceAsWritten = place.AsWritten,
            Admin1 = place.Admin1,
            Country = place.Country,
            Lat = place.Lat,
            Lon = place.Lon,
            GeoPrecision = LowerCaseNames<GeoPrecision>.Of(place.Precision),
            DistanceKm = place.DistanceKm,
            Bearing = place.Bearing,
            Perpetrator = roles.Perpetrator,
            PerpetratorBranch = roles.PerpetratorBranch,
            Attribution = roles.Attribution == Attribution.None ? null : LowerCaseNames<Attribution>.Of(roles.Attribution),
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

    private static List<string> UnitTexts(IReadOnlyList<IncidentUnit> units)
    {
        var texts = new List<string>(units.Count);
        for (var k = 0; k < units.Count; k++) texts.Add(units[k].Text);
        return texts;
    }

    /// <summary>As <c>units.First(u => u.HasEvent)</c>, which throws when none has: a draft holds an event unit.</summary>
    private static IncidentUnit FirstEventUnit(IReadOnlyList<IncidentUnit> units)
    {
        for (var k = 0; k < units.Count; k++)
            if (units[k].HasEvent) return units[k];
        throw new InvalidOperationException("A draft without an event unit.");
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
        // Indexed loops, no LINQ: every record takes this path, and most units name no source at all.
        var (blockUnits, from, to) = ReportingUnits(draft);
        for (var k = from; k < to; k++) AddInline(blockUnits[k]);
        var units = draft.Units;
        for (var k = 0; k < units.Count; k++) AddInline(units[k]);
        for (var k = 0; k < units.Count; k++)
        {
            var unit = units[k];
            if (unit.Citations.Count > 0)
            {
                for (var c = 0; c < unit.Citations.Count; c++) AddCited(unit.Citations[c]);
            }
            else if (unit.CoveringCitation is { } covering) AddCited(covering);
        }
        return list;

        void AddInline(IncidentUnit unit)
        {
            var inline = inlineSources.Recognize(unit.Text);
            for (var i = 0; i < inline.Count; i++)
                if (IndexOfName(list, inline[i].Name) < 0) list.Add(new SourceEntry(inline[i].Name, null));
        }

        void AddCited(Citation citation)
        {
            var sources = citation.Sources;
            for (var i = 0; i < sources.Count; i++)
            {
                var s = sources[i];
                if (IndexOfName(list, s.Name) < 0) list.Add(new SourceEntry(s.Name, s.Date));
                else if (s.Date is { } d && UndatedEntry(list, s.Name) is var at and >= 0)
                    list[at] = list[at] with { Date = d };
            }
        }
    }

    /// <summary>
    /// The entry named <paramref name="name"/> (in any case), -1 when none: the list holds each name once, and a
    /// record names a few sources, so a scan does what a set of the names seen would, without building one per record.
    /// </summary>
    internal static int IndexOfName(List<SourceEntry> list, string name)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>The first entry named <paramref name="name"/> (in any case) that has no date yet, -1 when none.</summary>
    private static int UndatedEntry(List<SourceEntry> list, string name)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i].Date is null && list[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>
    /// For a clause split off a reported sentence ("Al-Ahmad reported that ISIS had claimed …, and that it had also
    /// kidnapped …"), the earlier clauses naming the reporter: the block's units [From, To), read before the incident's
    /// own units. None when the incident's first unit starts its sentence, or is not among the block's units.
    /// </summary>
    private static (IReadOnlyList<IncidentUnit> BlockUnits, int From, int To) ReportingUnits(IncidentDraft draft)
    {
        var units = draft.BlockUnits;
        int first = -1;
        for (int k = 0; k < units.Count; k++)
            if (ReferenceEquals(units[k], draft.Units[0])) { first = k; break; }
        if (first < 0) return (units, 0, 0);
        int start = first;
        while (start > 0 && units[start].IsClause) start--;
        return (units, start, first);
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

    /// <summary>An enum's names in lower case, spelled once: every record writes three of them.</summary>
    private static class LowerCaseNames<T> where T : struct, Enum
    {
        private static readonly FrozenDictionary<T, string> Names =
            Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => v.ToString().ToLowerInvariant());

        public static string Of(T value) => Names.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();
    }
}
