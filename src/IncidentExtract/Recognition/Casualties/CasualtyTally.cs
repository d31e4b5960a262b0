namespace IncidentExtract.Recognition.Casualties;

/// <summary>
/// Adds up the findings of one account of an incident (one party's or source's version).
/// Counts of the same kind are summed: "A commander and seven soldiers were killed … The two ISIS
/// operatives were also killed" is 10.
/// </summary>
internal sealed class CasualtyTally
{
    private readonly KindTotal _killed = new();
    private readonly KindTotal _wounded = new();
    private readonly KindTotal _captured = new();
    private readonly List<string> _notes = [];

    public bool HasKilledOrWounded => _killed.Min is not null || _wounded.Min is not null;

    public KindTotal Killed => _killed;
    public KindTotal Wounded => _wounded;
    public KindTotal Captured => _captured;
    public IReadOnlyList<string> Notes => _notes;

    public void Add(CasualtyFinding f)
    {
        if (f.IsVague || f.Kind == CasualtyKind.KilledOrWounded)
        {
            if (f.NoteText.Length > 0 && !_notes.Contains(f.NoteText)) _notes.Add(f.NoteText);
            return;
        }
        var total = f.Kind switch
        {
            CasualtyKind.Killed => _killed,
            CasualtyKind.Wounded => _wounded,
            _ => _captured,
        };
        total.Add(f.Min!.Value, f.Max);
    }

    /// <summary>"41 killed, 29 wounded": how another account's figures read in the note.</summary>
    public string Summary(bool includeKilled, bool includeWounded)
    {
        // Most accounts have nothing to add: no list or join for them.
        var killed = includeKilled && _killed.Min is { } k ? $"{k}{(_killed.Max is null ? "+" : "")} killed" : null;
        var wounded = includeWounded && _wounded.Min is { } w ? $"{w}{(_wounded.Max is null ? "+" : "")} wounded" : null;
        return killed is null ? wounded ?? "" : wounded is null ? killed : killed + ", " + wounded;
    }

    /// <summary>A running sum; Max turns null (open-ended) once any part is open-ended ("at least 13").</summary>
    internal sealed class KindTotal
    {
        public int? Min { get; private set; }
        public int? Max { get; private set; }

        public void Add(int min, int? max)
        {
            var first = Min is null;
            Min = (Min ?? 0) + min;
            Max = first ? max : Max is { } m && max is { } x ? m + x : null;
        }
    }
}
