using System.Globalization;
using System.Text.Json;
using CsvHelper;
using IncidentExtract.Output;

namespace IncidentExtract.Tests.Output;

public class RecordWriterTests
{
    // The SPEC's own example record (003, the Samarra ambush).
    private static readonly IncidentRecord Samarra = new()
    {
        Id = "003_ca9f8efca7d3c31e#87",
        Doc = "seeds/003_ca9f8efca7d3c31e.txt",
        ReportTitle = "Spotlight on Global Jihad (November 21-27, 2019)",
        ReportStart = new DateOnly(2019, 11, 21),
        ReportEnd = new DateOnly(2019, 11, 27),
        Section = ["Main events in Iraq", "Additional ISIS activities", "Salah al-Din Province"],
        Line = 130,
        Text = "On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra. Four Popular Mobilization fighters were killed (Telegram, November 23, 2019).",
        EventType = "armed_assault",
        DateStart = new DateOnly(2019, 11, 22),
        DateEnd = new DateOnly(2019, 11, 22),
        DatePrecision = "day",
        Place = "Samarra",
        PlaceAsWritten = "northeast of Samarra",
        Admin1 = "Salah al-Din",
        Country = "Iraq",
        Lat = 34.198,
        Lon = 43.874,
        GeoPrecision = "near",
        Perpetrator = "ISIS",
        Attribution = "inferred",
        Target = "Popular Mobilization Forces",
        KilledMin = 4,
        KilledMax = 4,
        Sources = [new SourceEntry("Telegram", new DateOnly(2019, 11, 23)), new SourceEntry("Shahed Sinaa, \"North\"", null)],
        Confidence = 0.9,
    };

    [Fact]
    public void Json_lines_carry_every_column_in_spec_order_on_one_line()
    {
        var output = new StringWriter();
        using (var writer = new JsonLinesRecordWriter(output)) writer.Write(Samarra);
        var line = output.ToString();

        line.Should().EndWith("\n").And.Subject.TrimEnd('\n').Should().NotContain("\n");
        using var json = JsonDocument.Parse(line);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(IncidentRecord.Columns);
        json.RootElement.GetProperty("section")[2].GetString().Should().Be("Salah al-Din Province");
        json.RootElement.GetProperty("sources")[0].GetProperty("date").GetString().Should().Be("2019-11-23");
        json.RootElement.GetProperty("wounded_min").ValueKind.Should().Be(JsonValueKind.Null);
        line.Should().Contain("Spotlight on Global Jihad"); // UTF-8 kept readable, not \u-escaped
    }

    [Fact]
    public void Csv_has_the_same_columns_with_lists_joined_and_quotes_escaped()
    {
        var output = new StringWriter();
        using (var writer = new CsvRecordWriter(output)) writer.Write(Samarra);

        using var csv = new CsvReader(new StringReader(output.ToString()), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        csv.HeaderRecord.Should().Equal(IncidentRecord.Columns);
        csv.Read();
        csv.GetField("section").Should().Be("Main events in Iraq; Additional ISIS activities; Salah al-Din Province");
        csv.GetField("sources").Should().Be("Telegram (2019-11-23); Shahed Sinaa, \"North\"");
        csv.GetField("killed_min").Should().Be("4");
        csv.GetField("wounded_min").Should().BeEmpty();
        csv.GetField("lat").Should().Be("34.198");
    }

    [Theory]
    [InlineData("csv", null, OutputFormat.Csv)]
    [InlineData(null, "out/incidents.CSV", OutputFormat.Csv)]
    [InlineData("jsonl", "incidents.csv", OutputFormat.JsonLines)]
    [InlineData(null, null, OutputFormat.JsonLines)]
    public void Format_follows_the_flag_then_the_extension_then_defaults_to_json_lines(string? flag, string? path, OutputFormat expected) =>
        OutputFormats.Choose(flag, path).Should().Be(expected);

    [Fact]
    public void Atomic_output_leaves_nothing_when_not_committed()
    {
        var folder = Directory.CreateTempSubdirectory("incx-out-").FullName;
        try
        {
            var target = Path.Combine(folder, "incidents.jsonl");
            using (var output = new AtomicFileOutput(target)) output.Writer.Write("{\"id\":\"half\"}");
            Directory.GetFiles(folder).Should().BeEmpty();

            using (var output = new AtomicFileOutput(target))
            {
                output.Writer.Write("{}\n");
                output.Commit();
            }
            Directory.GetFiles(folder).Should().Equal(target);
            File.ReadAllText(target).Should().Be("{}\n");
        }
        finally { Directory.Delete(folder, true); }
    }
}
