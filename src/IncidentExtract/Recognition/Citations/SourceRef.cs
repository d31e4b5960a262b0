namespace IncidentExtract.Recognition.Citations;

/// <summary>
/// One cited source: its name as written (appositives trimmed) and the date it published.
/// A month-only date ("November 2017") is stored as the first of the month with <see cref="MonthOnly"/> set.
/// </summary>
public sealed record SourceRef(string Name, DateOnly? Date, bool MonthOnly = false);

/// <summary>A parenthetical citation: the span of the parentheses in the text and the sources it names.</summary>
public sealed record Citation(int Start, int Length, IReadOnlyList<SourceRef> Sources)
{
    public int End => Start + Length;
}

/// <summary>A source named in the running text ("according to the Syrian Observatory for Human Rights").</summary>
public sealed record InlineSource(int Start, int Length, string Name);
