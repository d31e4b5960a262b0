namespace IncidentExtract.Recognition.Places;

/// <summary>
/// One report's place scans, made once and reused for every incident of the report: the countries the report
/// names (<see cref="Countries"/>, pass them as <see cref="PlaceContext.DocumentCountries"/>), the mentions of each
/// text already scanned (a block is consulted once per incident it holds, a heading once per incident under it)
/// and the context frame of the block last resolved. Get one from <see cref="PlaceResolver.ForReport"/>.
/// </summary>
/// <remarks>Not thread-safe: one report is resolved on one thread. Scans are pure functions of the text, so a
/// remembered scan is exactly the scan it replaces.</remarks>
public sealed class ReportPlaces
{
    private readonly PlaceRecognizer _recognizer;
    private readonly Dictionary<string, IReadOnlyList<PlaceMention>> _mentions = new(StringComparer.Ordinal);
    // Every text is scanned piece by piece (TextPieces), and a piece once per report: a sentence comes in its line
    // of the whole report, in its block and in its incident, and is the same piece each time.
    private readonly Dictionary<string, IReadOnlyList<PlaceMention>> _pieces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<PlaceMention>>.AlternateLookup<ReadOnlySpan<char>> _pieceLookup;
    private readonly Dictionary<string, string> _masked = new(StringComparer.Ordinal);
    private PlaceContext? _frameContext;
    private ContextFrame? _frame;

    /// <param name="recognizer">The shared recognizer.</param>
    /// <param name="reportText">The whole report, whose countries <see cref="Countries"/> gives; null for none.</param>
    internal ReportPlaces(PlaceRecognizer recognizer, string? reportText)
    {
        _recognizer = recognizer;
        _pieceLookup = _pieces.GetAlternateLookup<ReadOnlySpan<char>>();
        Countries = new ReportCountries(reportText, this);
    }

    /// <summary>The countries the report names as places, not as actors (scanned when first read).</summary>
    public IReadOnlySet<string> Countries { get; }

    internal IReadOnlyList<PlaceMention> Recognize(string text)
    {
        if (!_mentions.TryGetValue(text, out var mentions)) _mentions[text] = mentions = RecognizeByPieces(text);
        return mentions;
    }

    /// <summary>The mentions of <paramref name="text"/>, as <see cref="Recognize"/> gives them, read piece by piece as asked for.</summary>
    internal MentionScan Scan(string text) =>
        _mentions.TryGetValue(text, out var mentions) ? new MentionScan(text, mentions) : new MentionScan(this, text, Parts(text));

    /// <summary>Remembers a whole scan of <paramref name="text"/> (<see cref="MentionScan"/>) as its mentions.</summary>
    internal void Remember(string text, IReadOnlyList<PlaceMention> mentions) => _mentions[text] = mentions;

    // PlaceResolver.CountriesIn(Recognize(reportText)) piece by piece (ReportCountries), recognizing only the pieces
    // that may add a country to those found before them (CountryKeys): most sentences name none, or only the report's
    // country again.
    /// <summary>The mentions of piece (<paramref name="start"/>, <paramref name="length"/>) of <paramref name="text"/>, or none
    /// when it certainly names no country outside <paramref name="known"/> (<see cref="CountryKeys.MayNameOtherThan"/>).</summary>
    internal IReadOnlyList<PlaceMention> MentionsNamingOtherThan(string text, int start, int length, IReadOnlySet<string> known)
    {
        // A piece already recognized (the scan comes late, when a choice first needs it) costs only a lookup.
        if (_pieceLookup.TryGetValue(text.AsSpan(start, length), out var found)) return found;
        return _recognizer.CountryKeys.MayNameOtherThan(text.AsSpan(start, length), known) ? Piece(text, start, length) : [];
    }

    /// <summary>The mentions of one piece of text (<see cref="Parts"/>), in the piece's own positions.</summary>
    internal IReadOnlyList<PlaceMention> Piece(string text, int start, int length)
    {
        if (!_pieceLookup.TryGetValue(text.AsSpan(start, length), out var found))
        {
            var piece = length == text.Length ? text : text.Substring(start, length);
            _pieces[piece] = found = _recognizer.Recognize(piece);
        }
        return found;
    }

    /// <summary>The pieces <paramref name="text"/> is recognized in, as (start, length), in order: <see cref="TextPieces.Split"/>,
    /// cut at blanked asides (<see cref="TextPieces.SplitAtBlankedAsides"/>).</summary>
    internal static List<(int Start, int Length)> Parts(string text)
    {
        var parts = new List<(int Start, int Length)>();
        foreach (var (pieceStart, pieceLength) in TextPieces.Split(text))
            TextPieces.SplitAtBlankedAsides(text, pieceStart, pieceLength, parts);
        return parts;
    }

    private IReadOnlyList<PlaceMention> RecognizeByPieces(string text)
    {
        List<PlaceMention>? all = null;
        foreach (var (start, length) in Parts(text))
        {
            var found = Piece(text, start, length);
            if (found.Count == 0) continue;
            all ??= new List<PlaceMention>(found.Count);
            foreach (var m in found) all.Add(start == 0 ? m : m with { Start = m.Start + start });
        }
        return (IReadOnlyList<PlaceMention>?)all ?? [];
    }

    /// <summary><paramref name="text"/> with its parentheticals blanked (<see cref="PlaceResolver.MaskParentheticals"/>).</summary>
    internal string Masked(string text)
    {
        if (text.IndexOf('(') < 0) return text;
        if (!_masked.TryGetValue(text, out var masked)) _masked[text] = masked = PlaceResolver.MaskParentheticals(text);
        return masked;
    }

    /// <summary>The settlements and features each text names by their kind ("the village of X"), known to the gazetteer or not.</summary>
    internal Dictionary<string, List<PlaceResolver.Candidate>> UnknownNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The (country, region) each label or heading gives, by label and the country already known (ContextFrame).</summary>
    internal Dictionary<(string Label, string? KnownCountry), (Gazetteers.Place? Country, Gazetteers.Place? Admin1)> Locating { get; } = [];

    /// <summary>The frame of <paramref name="context"/>'s block: every incident of a block shares it, and they come one after another.</summary>
    internal ContextFrame Frame(PlaceContext context)
    {
        if (_frame is not null && _frameContext is { } last && SameBlock(last, context)) return _frame;
        _frame = ContextFrame.From(context, _recognizer, this);
        _frameContext = context;
        return _frame;
    }

    // The frame reads the block, its lead-in, its headings and the report's countries, never the incident's own words.
    private static bool SameBlock(PlaceContext a, PlaceContext b)
    {
        if (!ReferenceEquals(a.DocumentCountries, b.DocumentCountries) || a.BlockText != b.BlockText || a.LeadIn != b.LeadIn
            || a.Section.Count != b.Section.Count)
            return false;
        for (var i = 0; i < a.Section.Count; i++)
        {
            if (a.Section[i] != b.Section[i]) return false;
        }
        return true;
    }
}
