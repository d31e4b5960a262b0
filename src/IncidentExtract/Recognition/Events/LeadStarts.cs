namespace IncidentExtract.Recognition.Events;

/// <summary>A place in a text where a lead of one or more patterns starts: bit <c>i</c> of <paramref name="Leads"/> is lead list <c>i</c>'s.</summary>
internal readonly record struct LeadStart(int Position, ulong Leads);

/// <summary>
/// Where the leads (see <see cref="LedPattern"/>) of a set of patterns start in one text, in order, found by the
/// one pass of a <see cref="LiteralGateSet"/> that also opens the text's word gates. A unit is read by twenty
/// led patterns; each searching the text for its own leads was a vectorised multi-word search per match tried,
/// where this is a walk along a list of a dozen places. Per text: it lives as long as the text is read.
/// </summary>
internal sealed class LeadStarts
{
    // An array grown by hand rather than a List: one object fewer for each of the many texts scanned, most with a few starts.
    private LeadStart[] _starts = [];
    private int _count;

    /// <param name="hasCaseFoldOddity">Whether the text holds a character a case-insensitive pattern equates with
    /// an ASCII letter (see <see cref="LiteralGate.HasCaseFoldOddity"/>): the lead words are found in ASCII only.</param>
    public LeadStarts(bool hasCaseFoldOddity) => HasCaseFoldOddity = hasCaseFoldOddity;

    /// <summary>See the constructor.</summary>
    public bool HasCaseFoldOddity { get; private set; }

    /// <summary>Empties the list for another text, keeping its room: a caller that reads one text at a time (a block's
    /// sentences) fills one list again and again rather than making one per text.</summary>
    internal void Reset(bool hasCaseFoldOddity)
    {
        HasCaseFoldOddity = hasCaseFoldOddity;
        _count = 0;
    }

    /// <summary>Records that the leads of <paramref name="leads"/> start at <paramref name="position"/>. The scan finds
    /// a word where its filed characters end, a few characters after it starts: the list is kept in order here.</summary>
    internal void Add(int position, ulong leads)
    {
        var at = _count;
        while (at > 0 && _starts[at - 1].Position > position) at--;
        if (at > 0 && _starts[at - 1].Position == position)
        {
            _starts[at - 1] = new LeadStart(position, _starts[at - 1].Leads | leads);
            return;
        }
        if (_count == _starts.Length) Array.Resize(ref _starts, Math.Max(8, _count * 2));
        Array.Copy(_starts, at, _starts, at + 1, _count - at);
        _starts[at] = new LeadStart(position, leads);
        _count++;
    }

    /// <summary>The first place at or after <paramref name="from"/> where one of the leads in <paramref name="leads"/> starts, or -1.</summary>
    public int Next(int from, ulong leads)
    {
        // The first place at or after from, by halves: a long unit holds a few dozen.
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_starts[mid].Position < from) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < _count; i++)
            if ((_starts[i].Leads & leads) != 0) return _starts[i].Position;
        return -1;
    }
}
