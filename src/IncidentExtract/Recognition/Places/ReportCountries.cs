using System.Collections;

namespace IncidentExtract.Recognition.Places;

/// <summary>
/// The countries a whole report names as places (<see cref="PlaceResolver.CountriesNamedIn"/>), scanned on first use.
/// The resolver consults them only to break a tie between same-named places, or when a passage names no country
/// itself; many reports never get there, and the scan of the whole text was a tenth of the run.
/// </summary>
/// <remarks>Not thread-safe, like the <see cref="ReportPlaces"/> that holds it: one report is resolved on one thread.</remarks>
internal sealed class ReportCountries(Func<IReadOnlySet<string>> scan) : IReadOnlySet<string>
{
    private IReadOnlySet<string>? _countries;

    private IReadOnlySet<string> Countries => _countries ??= scan();

    public int Count => Countries.Count;
    public bool Contains(string item) => Countries.Contains(item);
    public bool IsProperSubsetOf(IEnumerable<string> other) => Countries.IsProperSubsetOf(other);
    public bool IsProperSupersetOf(IEnumerable<string> other) => Countries.IsProperSupersetOf(other);
    public bool IsSubsetOf(IEnumerable<string> other) => Countries.IsSubsetOf(other);
    public bool IsSupersetOf(IEnumerable<string> other) => Countries.IsSupersetOf(other);
    public bool Overlaps(IEnumerable<string> other) => Countries.Overlaps(other);
    public bool SetEquals(IEnumerable<string> other) => Countries.SetEquals(other);
    public IEnumerator<string> GetEnumerator() => Countries.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
