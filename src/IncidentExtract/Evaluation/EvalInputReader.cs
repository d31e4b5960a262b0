using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;

namespace IncidentExtract.Evaluation;

/// <summary>Reads gold files (a file or a folder of *.jsonl) and predictions (JSON Lines or CSV).</summary>
public static partial class EvalInputReader
{
    public static IReadOnlyList<GoldIncident> ReadGold(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : [path];
        var gold = new List<GoldIncident>();
        foreach (var file in files)
        {
            int lineNo = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    using var json = JsonDocument.Parse(line);
                    var o = json.RootElement;
                    gold.Add(new GoldIncident(
                        Str(o, "doc") ?? throw new FormatException("missing \"doc\""),
                        Str(o, "quote") ?? throw new FormatException("missing \"quote\""),
                        StrList(o, "also_quotes"), Str(o, "event_type"), Str(o, "date_start"), Str(o, "date_end"),
                        Str(o, "place"), StrList(o, "place_alt"), Str(o, "country"), Int(o, "killed"), Int(o, "wounded"),
                        Str(o, "perpetrator"), Str(o, "target"), StrList(o, "sources")));
                }
                catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
                {
                    throw new FormatException($"{file}:{lineNo}: not a gold incident ({e.Message})", e);
                }
            }
        }
        return gold;
    }

    public static IReadOnlyList<PredictedIncident> ReadPredictions(string path)
    {
        using var reader = new StreamReader(path);
        int first = reader.Peek();
        return first == '{' || Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
            ? ReadJsonLines(reader, path)
            : ReadCsv(reader);
    }

    private static List<PredictedIncident> ReadJsonLines(TextReader reader, string path)
    {
        var list = new List<PredictedIncident>();
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var o = json.RootElement;
                var sources = o.TryGetProperty("sources", out var s) && s.ValueKind == JsonValueKind.Array
                    ? s.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? Str(e, "name") ?? "" : e.GetString() ?? "").ToList()
                    : [];
                list.Add(new PredictedIncident(Str(o, "id") ?? "", Str(o, "doc") ?? "", Str(o, "text") ?? "",
                    Str(o, "event_type"), Str(o, "date_start"), Str(o, "date_end"), Str(o, "place"), Str(o, "country"),
                    Int(o, "killed_min"), Int(o, "wounded_min"), Str(o, "perpetrator"), Str(o, "target"), sources,
                    Str(o, "duplicate_of")));
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{lineNo}: not a JSON record ({e.Message})", e);
            }
        }
        return list;
    }

    private static List<PredictedIncident> ReadCsv(TextReader reader)
    {
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var list = new List<PredictedIncident>();
        while (csv.Read())
        {
            string? F(string name) => Empty(csv.GetField(name));
            var sources = (F("sources") ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries)
                .Select(s => SourceDate().Replace(s, "")).ToList();
            list.Add(new PredictedIncident(F("id") ?? "", F("doc") ?? "", F("text") ?? "", F("event_type"),
                F("date_start"), F("date_end"), F("place"), F("country"), ParseInt(F("killed_min")),
                ParseInt(F("wounded_min")), F("perpetrator"), F("target"), sources, F("duplicate_of")));
        }
        return list;
    }

    /// <summary>The " (2019-11-23)" after a source name in CSV.</summary>
    [GeneratedRegex(@" \(\d{4}-\d{2}(?:-\d{2})?\)$", RegexOptions.CultureInvariant)]
    private static partial Regex SourceDate();

    private static string? Empty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static int? ParseInt(string? s) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    private static List<string> StrList(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
}
