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
using IncidentExtract.Resolution;
using IncidentExtract.Segmentation;

namespace IncidentExtract.Pipeline;

/// <summary>
/// The whole pipeline for one document: segment → analyse units → group into incidents →
/// resolve dates, places, actors, sources and duplicates → records. Built once per run (the
/// gazetteer's matchers are the expensive part) and shared by all worker threads: every stage
/// is stateless.
/// </summary>
public sealed class ExtractionEngine
{
    private readonly ReportSegmenter _segmenter = new();
    private readonly UnitAnalyzer _units;
    private readonly IncidentGrouper _grouper = new();
    private readonly ReportPeriodResolver _periods;
    private readonly IncidentRecordBuilder _records;

    public ExtractionEngine(Gazetteer gazetteer)
    {
        var dates = new DateRecognizer();
        var citations = new CitationParser();
        _units = new UnitAnalyzer(new EventTriggerRecognizer(), dates, citations);
        _periods = new ReportPeriodResolver(citations, dates);
        _records = new IncidentRecordBuilder(
            new PlaceResolver(gazetteer),
            new ActorRoleResolver(gazetteer),
            new InlineSourceRecognizer(),
            new CasualtyExtractor(),
            gazetteer);
    }

    public IReadOnlyList<IncidentRecord> Extract(SourceDocument document)
    {
        var report = _segmenter.Segment(document.Text);
        var period = _periods.Resolve(report);
        var context = new DateContext(period);
        var records = new List<IncidentRecord>();
        var sectionAnchor = new SectionDateAnchor();

        foreach (var node in report.Nodes)
        {
            if (node.Kind == NodeKind.Heading) { sectionAnchor.Reset(); continue; }
            if (!node.IsContent) continue;
            var units = _units.Analyze(node.Text);
            var drafts = _grouper.Group(node, units, context);
            var parent = node.Parent is { } p ? report.NodeNumbered(p) : null;
            foreach (var draft in drafts)
            {
                var date = IncidentDateResolver.Resolve(draft, period, sectionAnchor.Date);
                records.Add(_records.Build(document, report, period, draft, drafts.Count, date, parent));
            }
            sectionAnchor.Observe(units, context);
        }
        return DuplicateResolver.Resolve(records);
    }
}

/// <summary>The date last stated in the current section's text, for undated events told after it.</summary>
internal sealed class SectionDateAnchor
{
    public DateOnly? Date { get; private set; }

    public void Reset() => Date = null;

    public void Observe(IReadOnlyList<IncidentUnit> units, DateContext context)
    {
        foreach (var unit in units)
            foreach (var mention in unit.Dates)
                if (mention.Kind is DateMentionKind.Explicit && mention.Resolve(context) is { Precision: DatePrecision.Day } span)
                    Date = span.Start;
    }
}
