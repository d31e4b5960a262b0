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
    private readonly PlaceResolver _places;
    private readonly ReportPeriodResolver _periods;
    private readonly IncidentRecordBuilder _records;

    public ExtractionEngine(Gazetteer gazetteer)
    {
        var dates = new DateRecognizer();
        var citations = new CitationParser();
        var places = _places = new PlaceResolver(gazetteer);
        _units = new UnitAnalyzer(new EventTriggerRecognizer(), dates, citations);
        _periods = new ReportPeriodResolver(citations, dates);
        _records = new IncidentRecordBuilder(
            places,
            new ActorRoleResolver(gazetteer),
            new InlineSourceRecognizer(),
            new CasualtyExtractor(),
            gazetteer);
    }

    public IReadOnlyList<IncidentRecord> Extract(SourceDocument document)
    {
        var report = _segmenter.Segment(document.Text);
        var period = _periods.Resolve(report);
        var reportPlaces = _places.ForReport(document.Text);
        var grouper = new IncidentGrouper(NamedTown.Finder(reportPlaces));
        var context = new DateContext(period);
        var blocks = new List<BlockIncidents>();
        var sectionAnchor = new SectionDateAnchor();
        BlockIncidents? previous = null;

        foreach (var node in report.Nodes)
        {
            if (node.Kind == NodeKind.Heading) { sectionAnchor.Reset(); previous = null; continue; }
            if (!node.IsContent) continue;
            var units = _units.Analyze(node.Text);
            var block = new BlockIncidents(node, grouper.Group(node, units, context).ToList(), sectionAnchor.Date);
            blocks.Add(block);
            if (previous is not null) ContinueStory(previous, block);
            // A paragraph wholly absorbed into an earlier one's incident passes the story on to the next.
            previous = block.Drafts.Count == 0 && block.StoryOwner is not null ? block.StoryOwner : block;
            sectionAnchor.Observe(units, context);
        }

        // Bulletins cite a source for every item; only reports without citations (news features)
        // tell undated events under a dated lead, so only there does the section's date carry over.
        bool cited = blocks.Any(b => b.Drafts.Any(d => d.Units.Any(u => u.Citations.Count > 0)));
        var records = new List<IncidentRecord>();
        IncidentRecord? previousInSection = null;
        foreach (var block in blocks)
        {
            var parent = block.Node.Parent is { } p ? report.NodeNumbered(p) : null;
            if (previousInSection is not null && !previousInSection.Section.SequenceEqual(block.Node.Section)) previousInSection = null;
            for (int k = 0; k < block.Drafts.Count; k++)
            {
                var draft = block.Drafts[k] with { Index = k };
                var date = IncidentDateResolver.Resolve(draft, period, cited ? null : block.SectionAnchor);
                var record = _records.Build(document, report, period, draft, block.Drafts.Count, date, parent, reportPlaces);
                // In a news feature a correspondent's report runs on over the following paragraphs
                // ("Al-Ahmad reported that …" / "ISIS also detonated …"): they keep its source.
                if (!cited && record.Sources.Count == 0 && block.Node.Kind == NodeKind.Paragraph
                    && previousInSection is { Sources.Count: > 0 } reporter)
                    record = record with { Sources = reporter.Sources };
                records.Add(record);
                previousInSection = record;
            }
        }
        return DuplicateResolver.Resolve(records);
    }

    /// <summary>
    /// A news feature tells one incident over several paragraphs ("Al-Ahmad confirmed that ISIS
    /// launched an attack at noon on May 17 …" / "According to Al-Ahmad, ISIS set fire to a truck …" /
    /// "ISIS furthermore beheaded …"). A paragraph whose first incident states no date and cites
    /// nothing, and does not announce another event ("ISIS also detonated …"), continues the
    /// previous paragraph's last incident.
    /// </summary>
    private static void ContinueStory(BlockIncidents previous, BlockIncidents block)
    {
        // Bullets are items of a list, each its own story; only prose paragraphs run on.
        if (previous.Drafts.Count == 0 || block.Drafts.Count == 0
            || previous.Node.Kind != NodeKind.Paragraph || block.Node.Kind != NodeKind.Paragraph) return;
        var first = block.Drafts[0];
        var events = first.Units.Where(u => u.HasEvent).ToList();
        bool undated = events.All(u => u.Dates.Count == 0);
        bool uncited = first.Units.All(u => !u.SourceCitations.Any());
        bool previousUncited = previous.Drafts[^1].Units.All(u => !u.SourceCitations.Any());
        if (!undated || !uncited || !previousUncited || events.Any(u => u.StartsWithConnector || u.IsClause)) return;
        var last = previous.Drafts[^1];
        previous.Drafts[^1] = last with
        {
            Units = [.. last.Units, .. first.Units],
            BlockUnits = [.. last.BlockUnits, .. first.Units],
            TypingUnits = last.TypingUnits,
        };
        block.Drafts.RemoveAt(0);
        block.StoryOwner = previous;
    }

    private sealed record BlockIncidents(ReportNode Node, List<IncidentDraft> Drafts, DateOnly? SectionAnchor)
    {
        /// <summary>The earlier block whose last incident this block's first incident continued.</summary>
        public BlockIncidents? StoryOwner { get; set; }
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
