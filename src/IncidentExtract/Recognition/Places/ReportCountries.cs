using System.Collections;

namespace IncidentExtract.Recognition.Places;

/// <summary>
/// The countries a whole report names as places (<see cref="PlaceResolver.CountriesNamedIn"/>), found piece by piece
/// as questions need them. The resolver consults them only to break a tie between same-named places, or when a
/// passage names no country itself; most such questions are about a country the report names early on ("is Iraq
/// one of them?", "is one of them near Rawa?"), and are answered without scanning the rest of the report.
/// </summary>
/// <remarks>The pieces are scanned in the order of a whole scan, each with the countries found before it, so the
/// countries found, and their order, are those of a whole scan. Not thread-safe, like the <see cref="ReportPlaces"/>
/// that holds it: one report is resolved on one thread.</remarks>
internal sealed class ReportCountries : IReadOnlySet<string>
{
    private readonly string? _text;
    private readonly ReportPlaces _scans;
    private readonly HashSet<string> _found = new(StringComparer.Ordinal);
    // The countries in order of first mention, read by index: an enumeration goes on while a question scans further.
    private readonly List<string> _inOrder = [];
    private List<(int Start, int Length)>? _pieces;
    private int _scanned;

    /// <param name="text">The whole report; null for none.</param>
    /// <param name="scans">The report's scans, which recognize a piece once for every reader.</param>
    public ReportCountries(string? text, ReportPlaces scans)
    {
        _text = text;
        _scans = scans;
    }

    // Scans the next piece: false when every piece is scanned.
    private bool ScanNext()
    {
        if (_text is null) return false;
        _pieces ??= TextPieces.Split(_text);
        if (_scanned == _pieces.Count) return false;
        var (start, length) = _pieces[_scanned++];
        foreach (var m in _scans.MentionsNamingOtherThan(_text, start, length, _found))
        {
            if (m.IsActorUse) continue;
            foreach (var p in m.Candidates)
            {
                if (p.Kind != Gazetteers.PlaceKind.Country) continue;
                if (_found.Add(p.Country)) _inOrder.Add(p.Country);
                break;
            }
        }
        return true;
    }

    private bool IsComplete => _text is null || (_pieces is not null && _scanned == _pieces.Count);

    /// <summary>Whether the report names <paramref name="item"/>: null while the part scanned so far does not say.</summary>
    public bool? ContainsSoFar(string item) => _found.Contains(item) ? true : IsComplete ? false : null;

    /// <summary>Scans on until one more country is found or the report ends; false when it had already ended.</summary>
    public bool ScanFurther()
    {
        if (IsComplete) return false;
        var count = _found.Count;
        while (_found.Count == count && ScanNext()) { }
        return true;
    }

    private HashSet<string> All
    {
        get
        {
            while (ScanNext()) { }
            return _found;
        }
    }

    public int Count => All.Count;

    public bool Contains(string item)
    {
        if (_found.Contains(item)) return true;
        var count = _found.Count;
        while (ScanNext())
        {
            if (_found.Count != count && _found.Contains(item)) return true;
            count = _found.Count;
        }
        return false;
    }

    /// <summary>The countries in order of first mention; the report is scanned only as far as the enumeration goes.</summary>
    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; ; i++)
        {
            while (i >= _inOrder.Count)
            {
                if (!ScanNext()) yield break;
            }
            yield return _inOrder[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => All.IsProperSubsetOf(other);
    public bool IsProperSupersetOf(IEnumerable<string> other) => All.IsProperSupersetOf(other);
    public bool IsSubsetOf(IEnumerable<string> other) => All.IsSubsetOf(other);
    public bool IsSupersetOf(IEnumerable<string> other) => All.IsSupersetOf(other);
    public bool Overlaps(IEnumerable<string> other) => All.Overlaps(other);
    public bool SetEquals(IEnumerable<string> other) => All.SetEquals(other);
}
