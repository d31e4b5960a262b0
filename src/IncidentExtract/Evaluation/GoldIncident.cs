namespace IncidentExtract.Evaluation;

/// <summary>One hand-coded incident of a gold file (the SPEC's gold format).</summary>
public sealed record GoldIncident(
    string Doc,
    string Quote,
    IReadOnlyList<string> AlsoQuotes,
    string? EventType,
    string? DateStart,
    string? DateEnd,
    string? Place,
    IReadOnlyList<string> PlaceAlt,
    string? Country,
    int? Killed,
    int? Wounded,
    string? Perpetrator,
    string? Target,
    IReadOnlyList<string> Sources)
{
    public IEnumerable<string> AllQuotes => AlsoQuotes.Prepend(Quote);
}

/// <summary>The fields of a predicted record that eval reads, from JSON Lines or CSV alike.</summary>
public sealed record PredictedIncident(
    string Id,
    string Doc,
    string Text,
    string? EventType,
    string? DateStart,
    string? DateEnd,
    string? Place,
    string? Country,
    int? KilledMin,
    int? WoundedMin,
    string? Perpetrator,
    string? Target,
    IReadOnlyList<string> Sources,
    string? DuplicateOf);
