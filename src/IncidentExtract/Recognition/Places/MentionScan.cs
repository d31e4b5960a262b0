namespace IncidentExtract.Recognition.Places;

/// <summary>
/// The mentions of one text (<see cref="ReportPlaces.Recognize"/>: the same mentions, in the same order), recognized
/// piece by piece as a reader asks for them. The resolver's answer is often settled by a town in the first sentence
/// of an incident; the sentences after it then need not be read at all.
/// </summary>
/// <remarks>Once every piece is read, the whole list is remembered for the text as <see cref="ReportPlaces.Recognize"/>
/// would have made it. Not thread-safe, like the <see cref="ReportPlaces"/> it reads through.</remarks>
internal sealed class MentionScan
{
    private readonly ReportPlaces? _scans;
    private readonly string _text;
    private readonly List<(int Start, int Length)>? _parts;
    private int _nextPart;
    private List<PlaceMention>? _found;
    private IReadOnlyList<PlaceMention> _mentions;

    /// <summary>A text whose mentions are all known already.</summary>
    public MentionScan(string text, IReadOnlyList<PlaceMention> mentions)
    {
        _text = text;
        _mentions = mentions;
    }

    /// <summary>A text to read through <paramref name="scans"/>, in <paramref name="parts"/> (<see cref="ReportPlaces.Parts"/>).</summary>
    public MentionScan(ReportPlaces scans, string text, List<(int Start, int Length)> parts)
    {
        _scans = scans;
        _text = text;
        _parts = parts;
        _mentions = [];
        if (parts.Count == 0) Complete();
    }

    /// <summary>Whether every piece of the text has been read.</summary>
    public bool IsComplete => _parts is null || _nextPart > _parts.Count;

    /// <summary>Whether the text has a mention number <paramref name="index"/>: reads on until it has, or the text ends.</summary>
    public bool Has(int index)
    {
        while (index >= _mentions.Count)
        {
            if (!ReadNextPart()) return false;
        }
        return true;
    }

    /// <summary>Mention number <paramref name="index"/>, once <see cref="Has"/> has said there is one.</summary>
    public PlaceMention this[int index] => _mentions[index];

    /// <summary>Whether mention number <paramref name="index"/> is followed by "of" and another mention ("the Old City of
    /// Al-Raqqah"). Reads on only when the text read so far leaves it open: most names are followed by other words, or
    /// end their sentence, and the next sentence need not be read to know.</summary>
    public bool IsFollowedByOf(int index)
    {
        var end = _mentions[index].End;
        if (index + 1 >= _mentions.Count && !IsComplete)
        {
            var (start, length) = _parts![_nextPart - 1];
            if (!MayLeadToOf(_text.AsSpan(end, start + length - end))) return false;
        }
        return Has(index + 1) && _text.AsSpan(end, _mentions[index + 1].Start - end).Trim().SequenceEqual("of");
    }

    // Whether a gap that starts with these characters may be "of" between white space.
    internal static bool MayLeadToOf(ReadOnlySpan<char> start)
    {
        start = start.TrimStart();
        if (start.IsEmpty || start is "o") return true;
        return start.StartsWith("of", StringComparison.Ordinal) && start[2..].IsWhiteSpace();
    }

    private bool ReadNextPart()
    {
        if (IsComplete) return false;
        var (start, length) = _parts![_nextPart++];
        var found = _scans!.Piece(_text, start, length);
        if (found.Count > 0)
        {
            _found ??= new List<PlaceMention>(found.Count);
            foreach (var m in found) _found.Add(start == 0 ? m : m with { Start = m.Start + start });
            _mentions = _found;
        }
        if (_nextPart == _parts.Count) Complete();
        return true;
    }

    private void Complete()
    {
        _nextPart = _parts!.Count + 1;
        _mentions = (IReadOnlyList<PlaceMention>?)_found ?? [];
        _scans!.Remember(_text, _mentions);
    }
}
