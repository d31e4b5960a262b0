namespace IncidentExtract.Recognition.Places;

/// <summary>How exactly the resolved place locates the incident (the record's geo_precision).</summary>
public enum GeoPrecision { Exact, Near, Offset, Admin1, Country, Unknown }

/// <summary>
/// What the resolver may look at: the incident's own sentences, the whole block (bullet/paragraph) they sit in,
/// the headings above it (outermost first) and the bullet's lead-in label ("Salah al-Din Province"), if any.
/// <see cref="DocumentCountries"/>: the countries the whole report names (<see cref="PlaceResolver.CountriesNamedIn"/>),
/// a weak prior among same-named places ("Rawa" in a report about Syria and Iraq is not the Polish town).
/// </summary>
public sealed record PlaceContext(
    string IncidentText, string BlockText, IReadOnlyList<string> Section, string? LeadIn,
    IReadOnlyCollection<string>? DocumentCountries = null);

/// <summary>The incident's place as a coder would record it; <see cref="Name"/> is the gazetteer's canonical name
/// (or the name as written when the text names a village the gazetteer lacks).</summary>
public sealed record ResolvedPlace(
    string? Name, string? AsWritten, string? Admin1, string? Country, double? Lat, double? Lon,
    GeoPrecision Precision, double? DistanceKm, string? Bearing)
{
    public static ResolvedPlace Unknown { get; } = new(null, null, null, null, null, null, GeoPrecision.Unknown, null, null);
}
