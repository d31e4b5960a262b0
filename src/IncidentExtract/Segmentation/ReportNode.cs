namespace IncidentExtract.Segmentation;

/// <summary>What a line (or run of lines) of a report is.</summary>
public enum NodeKind
{
    /// <summary>The report's title line (may carry the report period).</summary>
    Title,
    /// <summary>Web-page furniture: buttons, "5 min read", comment sections and what follows them.</summary>
    Chrome,
    /// <summary>Dateline and byline of an article.</summary>
    Meta,
    Heading,
    Paragraph,
    Bullet,
    /// <summary>Image captions and map legends: never incidents, their citations never sources.</summary>
    Caption,
    Footnote,
}

/// <summary>
/// One node of the segmented report, in document order. <see cref="Depth"/> is the tree depth
/// (heading level, then bullet nesting), <see cref="Section"/> the headings above it outermost
/// first, <see cref="Parent"/> the number of the bullet it hangs under ("Following are …:").
/// </summary>
public sealed record ReportNode(
    int Number,
    NodeKind Kind,
    int Line,
    int Depth,
    string Text,
    string? LeadIn,
    IReadOnlyList<string> Section,
    int? Parent)
{
    /// <summary>Paragraphs and bullets: the nodes incidents are read from.</summary>
    public bool IsContent => Kind is NodeKind.Paragraph or NodeKind.Bullet;
}

/// <summary>A report read into nodes; the title is null when the report has none.</summary>
public sealed record SegmentedReport(string? Title, IReadOnlyList<ReportNode> Nodes)
{
    public ReportNode? NodeNumbered(int number) =>
        number >= 1 && number <= Nodes.Count ? Nodes[number - 1] : null;
}
