using IncidentExtract.Gazetteers;
using IncidentExtract.Output;
using IncidentExtract.Pipeline;
using IncidentExtract.Reading;

namespace IncidentExtract.Tests.Pipeline;

public class BatchExtractorTests
{
    private static readonly Lazy<ExtractionEngine> Engine = new(() => new ExtractionEngine(GazetteerLoader.LoadDefault()));

    private const string Lead = "  • Following are the highlights of ISIS’s activity in the past week:\n";
    private const string Drone = "    • Al-Anbar Province: The downing of an Iraqi army reconnaissance drone near the 60th kilometer west of Ramadi (Shabakat Shumukh, February 3, 2019).\n";
    private const string Mosul = "    • Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraqi News Agency, February 5, 2019).\n";

    private static (List<IncidentRecord> Records, BatchSummary Summary) Run(IReadOnlyList<SourceDocument?> documents, int jobs = 2)
    {
        var records = new List<IncidentRecord>();
        var summary = new BatchExtractor(Engine.Value).Run(
            Enumerable.Range(0, documents.Count), i => documents[i] is { } d ? ReadResult.Ok(d) : ReadResult.Fail($"doc{i}", "empty file"),
            i => $"doc{i}", documents.Count, new CollectingWriter(records), jobs, onFailure: _ => { });
        return (records, summary);
    }

    [Theory]
    [InlineData("Main developments in Iraq\n" + Lead + Drone + Mosul + Drone)]
    [InlineData("Main developments in Iraq\n" + Lead + Drone + Drone)]
    public void A_block_repeated_word_for_word_is_one_incident(string text)
    {
        var (records, _) = Run([new SourceDocument("001.txt", text)]);

        var drone = records.Where(r => r.Text.Contains("reconnaissance drone", StringComparison.Ordinal)).ToList();
        drone.Should().HaveCount(2);
        drone[0].DuplicateOf.Should().BeNull();
        drone[1].DuplicateOf.Should().Be(drone[0].Id);
    }

    [Fact]
    public void Sample_001_prints_the_drone_bullet_twice_and_gets_one_incident()
    {
        var path = Path.Combine(RepositoryRoot.Path, "samples", "001_df134338bd292c35.txt");
        var (records, _) = Run([new SourceDocument(path, File.ReadAllText(path))]);

        records.Where(r => r.Text.Contains("reconnaissance drone near the 60th kilometer", StringComparison.Ordinal) && r.DuplicateOf is null)
            .Should().ContainSingle();
    }

    [Fact]
    public void Failed_documents_are_reported_in_order_and_the_others_extracted_whatever_the_job_count()
    {
        var good = new SourceDocument("a.txt", "Main developments in Iraq\n" + Lead + Mosul);

        var one = Run([good, null, good with { Path = "b.txt" }], jobs: 1);
        var three = Run([good, null, good with { Path = "b.txt" }], jobs: 3);

        three.Records.Should().BeEquivalentTo(one.Records, o => o.WithStrictOrdering());
        three.Records.Select(r => r.Doc).Distinct().Should().Equal("a.txt", "b.txt");
        three.Summary.Failures.Should().Equal(new ReadFailure("doc1", "empty file"));
        three.Summary.FilesRead.Should().Be(2);
    }

    [Fact]
    public void A_reader_that_throws_costs_only_its_own_input()
    {
        var good = new SourceDocument("a.txt", "Main developments in Iraq\n" + Lead + Mosul);
        var records = new List<IncidentRecord>();

        var summary = new BatchExtractor(Engine.Value).Run(
            new[] { "bad", "a.txt" }, name => name == "bad" ? throw new InvalidDataException("torn read") : ReadResult.Ok(good),
            name => name, 2, new CollectingWriter(records), jobs: 2, onFailure: _ => { });

        summary.Failures.Should().Equal(new ReadFailure("bad", "unreadable (InvalidDataException: torn read)"));
        records.Should().NotBeEmpty().And.OnlyContain(r => r.Doc == "a.txt");
    }

    private sealed class CollectingWriter(List<IncidentRecord> records) : IRecordWriter
    {
        public void Write(IncidentRecord record) => records.Add(record);
        public void Flush() { }
        public void Dispose() { }
    }
}
