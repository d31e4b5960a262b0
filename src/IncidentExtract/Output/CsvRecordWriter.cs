using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace IncidentExtract.Output;

/// <summary>
/// CSV with the same columns as JSON Lines (RFC 4180 quoting by CsvHelper): lists joined with
/// "; ", each source written "Name (YYYY-MM-DD)", empty cells for missing values, so pandas and
/// DuckDB read it with no options.
/// </summary>
public sealed class CsvRecordWriter : IRecordWriter
{
    private readonly CsvWriter _csv;
    private bool _headerWritten;

    public CsvRecordWriter(TextWriter output)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" };
        _csv = new CsvWriter(output, config, leaveOpen: true);
    }

    public void Write(IncidentRecord r)
    {
        if (!_headerWritten)
        {
            foreach (var column in IncidentRecord.Columns) _csv.WriteField(column);
            _csv.NextRecord();
            _headerWritten = true;
        }
        string?[] fields =
        [
            r.Id, r.Doc, r.ReportTitle, Date(r.ReportStart), Date(r.ReportEnd), string.Join("; ", r.Section),
            Num(r.Line), r.Text, r.EventType, Date(r.DateStart), Date(r.DateEnd), r.DatePrecision,
            r.Place, r.PlaceAsWritten, r.Admin1, r.Country, Num(r.Lat), Num(r.Lon), r.GeoPrecision,
            Num(r.DistanceKm), r.Bearing, r.Perpetrator, r.PerpetratorBranch, r.Attribution, r.Target,
            Num(r.KilledMin), Num(r.KilledMax), Num(r.WoundedMin), Num(r.WoundedMax), Num(r.Captured),
            r.CasualtyNote, string.Join("; ", r.Sources.Select(SourceText)), r.DuplicateOf,
            Math.Round(r.Confidence, 2).ToString(CultureInfo.InvariantCulture),
        ];
        foreach (var f in fields) _csv.WriteField(f ?? "");
        _csv.NextRecord();
    }

    /// <summary>"Telegram (2019-11-23)"; a source without a date is its name alone.</summary>
    public static string SourceText(SourceEntry s) => s.Date is { } d ? $"{s.Name} ({Date(d)})" : s.Name;

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Num(double? v) => v?.ToString(CultureInfo.InvariantCulture);

    private static string? Num(int? v) => v?.ToString(CultureInfo.InvariantCulture);

    public void Flush() => _csv.Flush();

    public void Dispose() => _csv.Dispose();
}
