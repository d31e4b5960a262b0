namespace IncidentExtract.Segmentation;

/// <summary>
/// Prints a segmented report one node per line, indented by depth, with kind, line number and
/// the first words: what <c>incx segment</c> shows so a user can see how a report was read.
/// </summary>
public static class ReportTreePrinter
{
    private const int PreviewChars = 90;

    public static void Print(SegmentedReport report, TextWriter output)
    {
        foreach (var node in report.Nodes)
        {
            var preview = node.Text.Length <= PreviewChars ? node.Text : node.Text[..PreviewChars] + "…";
            var leadIn = node.LeadIn is null ? "" : $" [{node.LeadIn}]";
            output.Write(new string(' ', node.Depth * 2));
            output.WriteLine($"{node.Kind.ToString().ToLowerInvariant()} L{node.Line}{leadIn}: {preview}");
        }
    }
}
