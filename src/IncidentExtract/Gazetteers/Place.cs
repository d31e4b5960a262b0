namespace IncidentExtract.Gazetteers;

/// <summary>What sort of place a gazetteer entry is; decides how specific a match is.</summary>
public enum PlaceKind { Country, Admin1, Region, District, City, Town, Village, Site }

/// <summary>One place of the gazetteer: its canonical name, spelling variants and location facts.</summary>
public sealed record Place(
    string Name,
    IReadOnlyList<string> Aliases,
    PlaceKind Kind,
    string? Admin1,
    string Country,
    double? Lat,
    double? Lon,
    long? Population);
