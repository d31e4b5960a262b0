using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IncidentExtract.Output;

/// <summary>
/// One JSON object per line, keys in the SPEC's order, nulls written out so every line has every
/// key (jq and DuckDB see a fixed schema). Non-ASCII text is kept as UTF-8, not escaped.
/// </summary>
public sealed class JsonLinesRecordWriter(TextWriter output) : IRecordWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly MemoryStream _buffer = new();
    // One writer and one character buffer for the whole run: a record costs no allocation of its own.
    private Utf8JsonWriter? _json;
    private char[] _chars = new char[4096];

    public void Write(IncidentRecord r)
    {
        _buffer.SetLength(0);
        if (_json is null) _json = new Utf8JsonWriter(_buffer, Options);
        else _json.Reset(_buffer);
        var json = _json;
        json.WriteStartObject();
        json.WriteString("id", r.Id);
        json.WriteString("doc", r.Doc);
        WriteString(json, "report_title", r.ReportTitle);
        WriteDate(json, "report_start", r.ReportStart);
        WriteDate(json, "report_end", r.ReportEnd);
        json.WriteStartArray("section");
        foreach (var s in r.Section) json.WriteStringValue(s);
        json.WriteEndArray();
        json.WriteNumber("line", r.Line);
        json.WriteString("text", r.Text);
        json.WriteString("event_type", r.EventType);
        WriteDate(json, "date_start", r.DateStart);
        WriteDate(json, "date_end", r.DateEnd);
        WriteString(json, "date_precision", r.DatePrecision);
        WriteString(json, "place", r.Place);
        WriteString(json, "place_as_written", r.PlaceAsWritten);
        WriteString(json, "admin1", r.Admin1);
        WriteString(json, "country", r.Country);
        WriteNumber(json, "lat", r.Lat);
        WriteNumber(json, "lon", r.Lon);
        json.WriteString("geo_precision", r.GeoPrecision);
        WriteNumber(json, "distance_km", r.DistanceKm);
        WriteString(json, "bearing", r.Bearing);
        WriteString(json, "perpetrator", r.Perpetrator);
        WriteString(json, "perpetrator_branch", r.PerpetratorBranch);
        WriteString(json, "attribution", r.Attribution);
        WriteString(json, "target", r.Target);
        WriteInt(json, "killed_min", r.KilledMin);
        WriteInt(json, "killed_max", r.KilledMax);
        WriteInt(json, "wounded_min", r.WoundedMin);
        WriteInt(json, "wounded_max", r.WoundedMax);
        WriteInt(json, "captured", r.Captured);
        WriteString(json, "casualty_note", r.CasualtyNote);
        json.WriteStartArray("sources");
        foreach (var s in r.Sources)
        {
            json.WriteStartObject();
            json.WriteString("name", s.Name);
            WriteDate(json, "date", s.Date);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteString(json, "duplicate_of", r.DuplicateOf);
        json.WriteNumber("confidence", Math.Round(r.Confidence, 2));
        json.WriteEndObject();
        json.Flush();
        var bytes = new ReadOnlySpan<byte>(_buffer.GetBuffer(), 0, (int)_buffer.Length);
        int needed = System.Text.Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < needed) _chars = new char[Math.Max(needed, _chars.Length * 2)];
        int count = System.Text.Encoding.UTF8.GetChars(bytes, _chars);
        output.Write(_chars, 0, count);
        output.Write('\n');
    }

    private static void WriteString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? value)
    {
        if (value is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v); else json.WriteNull(name);
    }

    private static void WriteInt(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v); else json.WriteNull(name);
    }

    public void Flush() => output.Flush();

    public void Dispose()
    {
        _json?.Dispose();
        _buffer.Dispose();
    }
}
