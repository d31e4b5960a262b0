using System.Globalization;
using CsvHelper;
using IncidentExtract.Evaluation;
using IncidentExtract.Output;
using IncidentExtract.Pipeline;
using IncidentExtract.Reading;

namespace IncidentExtract.Tests.Output;

/// <summary>JSON Lines and CSV carry the same records for the samples, and the CSV reads back with default options.</summary>
public class FormatParityTests
{
    private static string Write(OutputFormat format)
    {
        var (inputs, _) = InputExpander.Expand([Path.Combine(Pipeline.RepositoryRoot.Path, "samples")]);
        var text = new StringWriter();
        using (var writer = OutputFormats.CreateWriter(format, text))
            new BatchExtractor(new ExtractionEngine(TestGazetteer.Default)).Run(inputs, writer, jobs: 1, onFailure: _ => { });
        return text.ToString();
    }

    private static IReadOnlyList<PredictedIncident> ReadBack(string content, string extension)
    {
        var path = Path.ChangeExtension(Path.GetTempFileName(), extension);
        try
        {
            File.WriteAllText(path, content);
            return EvalInputReader.ReadPredictions(path);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Csv_and_json_lines_hold_the_same_records()
    {
        var jsonl = ReadBack(Write(OutputFormat.JsonLines), ".jsonl");
        var csv = ReadBack(Write(OutputFormat.Csv), ".csv");

        jsonl.Should().NotBeEmpty();
        csv.Should().BeEquivalentTo(jsonl, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Every_csv_row_has_every_column()
    {
        using var reader = new CsvReader(new StringReader(Write(OutputFormat.Csv)), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        int rows = 0;
        while (reader.Read())
        {
            reader.Parser.Count.Should().Be(IncidentRecord.Columns.Count);
            rows++;
        }
        rows.Should().BeGreaterThan(100);
    }
}
