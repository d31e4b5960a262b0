using IncidentExtract.Evaluation;
using IncidentExtract.Gazetteers;
using IncidentExtract.Output;
using IncidentExtract.Pipeline;
using IncidentExtract.Reading;
using Xunit.Abstractions;

namespace IncidentExtract.Tests.Pipeline;

/// <summary>
/// The quality floor: extraction on samples/ scored against samples/gold/ exactly as
/// <c>incx eval</c> scores it. The scores are printed in the test output; a drop below the
/// floors set by the issues fails the build.
/// </summary>
public sealed class SampleScoresTests(ITestOutputHelper output)
{
    private static readonly Lazy<EvalReport> Report = new(Evaluate);

    private static EvalReport Evaluate()
    {
        var samples = Path.Combine(RepositoryRoot.Path, "samples");
        var (inputs, failures) = InputExpander.Expand([samples]);
        failures.Should().BeEmpty();
        var buffer = new StringWriter();
        using (var writer = new JsonLinesRecordWriter(buffer))
        {
            var summary = new BatchExtractor(new ExtractionEngine(GazetteerLoader.LoadDefault()))
                .Run(inputs, writer, jobs: 2, onFailure: f => throw new InvalidOperationException(f.ToString()));
            summary.Failures.Should().BeEmpty();
        }
        var predictions = Path.GetTempFileName();
        try
        {
            File.WriteAllText(predictions, buffer.ToString());
            var gold = EvalInputReader.ReadGold(Path.Combine(samples, "gold"));
            return Evaluator.Evaluate(gold, EvalInputReader.ReadPredictions(predictions));
        }
        finally { File.Delete(predictions); }
    }

    private EvalScores Scores()
    {
        var text = new StringWriter();
        EvalReportPrinter.Print(Report.Value, text, misses: false);
        output.WriteLine(text.ToString());
        return Report.Value.Overall;
    }

    [Fact]
    public void Incident_recall_and_precision_stay_above_the_floor()
    {
        var s = Scores();
        s.Recall.Should().BeGreaterThanOrEqualTo(0.85);
        s.Precision.Should().BeGreaterThanOrEqualTo(0.80);
    }

    // Floors of the later issues: dates and counts (issue 3), places (issue 4), actors, types and sources (issue 5).
    [Theory]
    [InlineData("date", 0.95)]
    [InlineData("killed", 0.95)]
    [InlineData("wounded", 0.95)]
    [InlineData("place", 0.90)]
    [InlineData("country", 0.95)]
    [InlineData("perpetrator", 0.90)]
    [InlineData("event_type", 0.85)]
    [InlineData("sources", 0.97)]
    public void Field_accuracy_stays_above_the_floor(string field, double floor) =>
        Scores().Field(field).Should().BeGreaterThanOrEqualTo(floor, $"{field} is scored over the matched pairs");
}

internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "IncidentExtract.sln"))) return dir.FullName;
        throw new InvalidOperationException("IncidentExtract.sln not found above the test binaries");
    }
}
