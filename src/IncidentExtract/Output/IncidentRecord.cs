namespace IncidentExtract.Output;

/// <summary>A cited source with its publication date, written "Name (YYYY-MM-DD)" in CSV.</summary>
public sealed record SourceEntry(string Name, DateOnly? Date);

/// <summary>
/// One incident as written out: every SPEC column, in the SPEC's order (the writers rely on
/// <see cref="Columns"/>). Text fields are plain strings; vocabularies are already in their
/// snake_case output form.
/// </summary>
public sealed record IncidentRecord
{
    public required string Id { get; init; }
    public required string Doc { get; init; }
    public string? ReportTitle { get; init; }
    public DateOnly? ReportStart { get; init; }
    public DateOnly? ReportEnd { get; init; }
    public IReadOnlyList<string> Section { get; init; } = [];
    public int Line { get; init; }
    public required string Text { get; init; }
    public required string EventType { get; init; }
    public DateOnly? DateStart { get; init; }
    public DateOnly? DateEnd { get; init; }
    public string? DatePrecision { get; init; }
    public string? Place { get; init; }
    public string? PlaceAsWritten { get; init; }
    public string? Admin1 { get; init; }
    public string? Country { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public string GeoPrecision { get; init; } = "unknown";
    public double? DistanceKm { get; init; }
    public string? Bearing { get; init; }
    public string? Perpetrator { get; init; }
    public string? PerpetratorBranch { get; init; }
    public string? Attribution { get; init; }
    public string? Target { get; init; }
    public int? KilledMin { get; init; }
    public int? KilledMax { get; init; }
    public int? WoundedMin { get; init; }
    public int? WoundedMax { get; init; }
    public int? Captured { get; init; }
    public string? CasualtyNote { get; init; }
    public IReadOnlyList<SourceEntry> Sources { get; init; } = [];
    public string? DuplicateOf { get; init; }
    public double Confidence { get; init; }

    /// <summary>The SPEC's column order, shared by JSON Lines and CSV.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "doc", "report_title", "report_start", "report_end", "section", "line", "text", "event_type",
        "date_start", "date_end", "date_precision", "place", "place_as_written", "admin1", "country", "lat", "lon",
        "geo_precision", "distance_km", "bearing", "perpetrator", "perpetrator_branch", "attribution", "target",
        "killed_min", "killed_max", "wounded_min", "wounded_max", "captured", "casualty_note", "sources",
        "duplicate_of", "confidence",
    ];
}
