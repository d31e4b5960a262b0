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
    private readonly Dictionary<string, string> _masked = new(StringComparer.Ordinal);
    private PlaceContext? _frameContext;
    private ContextFrame? _frame;

    internal ReportPlaces(PlaceRecognizer recognizer, IReadOnlySet<string> countries)
    {
        _recognizer = recognizer;
        Countries = countries;
    }

    /// <summary>The countries the report names as places, not as actors.</summary>
    public IReadOnlySet<string> Countries { get; }

    internal IReadOnlyList<PlaceMention> Recognize(string text)
    {
        if (!_mentions.TryGetValue(text, out var mentions)) _mentions[text] = mentions = _recognizer.Recognize(text);
        return mentions;
    }

    /// <summary><paramref name="text"/> with its parentheticals blanked (<see cref="PlaceResolver.MaskParentheticals"/>).</summary>
    internal string Masked(string text)
    {
        if (text.IndexOf('(') < 0) return text;
        if (!_masked.TryGetValue(text, out var masked)) _masked[text] = masked = PlaceResolver.MaskParentheticals(text);
        return masked;
    }

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
