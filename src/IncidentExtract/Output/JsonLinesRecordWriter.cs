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

    // The keys, encoded once: a record's thirty keys are then copied, not transcoded and checked every time.
    private static readonly JsonEncodedText NId = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText NDoc = JsonEncodedText.Encode("doc");
    private static readonly JsonEncodedText NReportTitle = JsonEncodedText.Encode("report_title");
    private static readonly JsonEncodedText NReportStart = JsonEncodedText.Encode("report_start");
    private static readonly JsonEncodedText NReportEnd = JsonEncodedText.Encode("report_end");
    private static readonly JsonEncodedText NSection = JsonEncodedText.Encode("section");
    private static readonly JsonEncodedText NLine = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText NText = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText NEventType = JsonEncodedText.Encode("event_type");
    private static readonly JsonEncodedText NDateStart = JsonEncodedText.Encode("date_start");
    private static readonly JsonEncodedText NDateEnd = JsonEncodedText.Encode("date_end");
    private static readonly JsonEncodedText NDatePrecision = JsonEncodedText.Encode("date_precision");
    private static readonly JsonEncodedText NPlace = JsonEncodedText.Encode("place");
    private static readonly JsonEncodedText NPlaceAsWritten = JsonEncodedText.Encode("place_as_written");
    private static readonly JsonEncodedText NAdmin1 = JsonEncodedText.Encode("admin1");
    private static readonly JsonEncodedText NCountry = JsonEncodedText.Encode("country");
    private static readonly JsonEncodedText NLat = JsonEncodedText.Encode("lat");
    private static readonly JsonEncodedText NLon = JsonEncodedText.Encode("lon");
    private static readonly JsonEncodedText NGeoPrecision = JsonEncodedText.Encode("geo_precision");
    private static readonly JsonEncodedText NDistanceKm = JsonEncodedText.Encode("distance_km");
    private static readonly JsonEncodedText NBearing = JsonEncodedText.Encode("bearing");
    private static readonly JsonEncodedText NPerpetrator = JsonEncodedText.Encode("perpetrator");
    private static readonly JsonEncodedText NPerpetratorBranch = JsonEncodedText.Encode("perpetrator_branch");
    private static readonly JsonEncodedText NAttribution = JsonEncodedText.Encode("attribution");
    private static readonly JsonEncodedText NTarget = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText NKilledMin = JsonEncodedText.Encode("killed_min");
    private static readonly JsonEncodedText NKilledMax = JsonEncodedText.Encode("killed_max");
    private static readonly JsonEncodedText NWoundedMin = JsonEncodedText.Encode("wounded_min");
    private static readonly JsonEncodedText NWoundedMax = JsonEncodedText.Encode("wounded_max");
    private static readonly JsonEncodedText NCaptured = JsonEncodedText.Encode("captured");
    private static readonly JsonEncodedText NCasualtyNote = JsonEncodedText.Encode("casualty_note");
    private static readonly JsonEncodedText NSources = JsonEncodedText.Encode("sources");
    private static readonly JsonEncodedText NName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText NDate = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText NDuplicateOf = JsonEncodedText.Encode("duplicate_of");
    private static readonly JsonEncodedText NConfidence = JsonEncodedText.Encode("confidence");

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
        json.WriteString(NId, r.Id);
        json.WriteString(NDoc, r.Doc);
        WriteString(json, NReportTitle, r.ReportTitle);
        WriteDate(json, NReportStart, r.ReportStart);
        WriteDate(json, NReportEnd, r.ReportEnd);
        json.WriteStartArray(NSection);
        foreach (var s in r.Section) json.WriteStringValue(s);
        json.WriteEndArray();
        json.WriteNumber(NLine, r.Line);
        json.WriteString(NText, r.Text);
        json.WriteString(NEventType, r.EventType);
        WriteDate(json, NDateStart, r.DateStart);
        WriteDate(json, NDateEnd, r.DateEnd);
        WriteString(json, NDatePrecision, r.DatePrecision);
        WriteString(json, NPlace, r.Place);
        WriteString(json, NPlaceAsWritten, r.PlaceAsWritten);
        WriteString(json, NAdmin1, r.Admin1);
        WriteString(json, NCountry, r.Country);
        WriteNumber(json, NLat, r.Lat);
        WriteNumber(json, NLon, r.Lon);
        json.WriteString(NGeoPrecision, r.GeoPrecision);
        WriteNumber(json, NDistanceKm, r.DistanceKm);
        WriteString(json, NBearing, r.Bearing);
        WriteString(json, NPerpetrator, r.Perpetrator);
        WriteString(json, NPerpetratorBranch, r.PerpetratorBranch);
        WriteString(json, NAttribution, r.Attribution);
        WriteString(json, NTarget, r.Target);
        WriteInt(json, NKilledMin, r.KilledMin);
        WriteInt(json, NKilledMax, r.KilledMax);
        WriteInt(json, NWoundedMin, r.WoundedMin);
        WriteInt(json, NWoundedMax, r.WoundedMax);
        WriteInt(json, NCaptured, r.Captured);
        WriteString(json, NCasualtyNote, r.CasualtyNote);
        json.WriteStartArray(NSources);
        foreach (var s in r.Sources)
        {
            json.WriteStartObject();
            json.WriteString(NName, s.Name);
            WriteDate(json, NDate, s.Date);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteString(json, NDuplicateOf, r.DuplicateOf);
        json.WriteNumber(NConfidence, Math.Round(r.Confidence, 2));
        json.WriteEndObject();
        json.Flush();
        var bytes = new ReadOnlySpan<byte>(_buffer.GetBuffer(), 0, (int)_buffer.Length);
        int needed = System.Text.Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < needed) _chars = new char[Math.Max(needed, _chars.Length * 2)];
        int count = System.Text.Encoding.UTF8.GetChars(bytes, _chars);
        output.Write(_chars, 0, count);
        output.Write('\n');
    }

    private static void WriteString(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }

    private static void WriteDate(Utf8JsonWriter json, JsonEncodedText name, DateOnly? value)
    {
        if (value is not { } d) { json.WriteNull(name); return; }
        Span<char> text = stackalloc char[10];
        d.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        json.WriteString(name, text[..length]);
    }

    private static void WriteNumber(Utf8JsonWriter json, JsonEncodedText name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v); else json.WriteNull(name);
    }

    private static void WriteInt(Utf8JsonWriter json, JsonEncodedText name, int? value)
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
