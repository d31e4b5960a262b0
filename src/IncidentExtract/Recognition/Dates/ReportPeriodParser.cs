namespace IncidentExtract.Recognition.Dates;

/// <summary>Reads the period a report covers from its title line, e.g. "Spotlight on Global Jihad (November 21-27, 2019)".</summary>
public static class ReportPeriodParser
{
    private static readonly DateRecognizer Recognizer = new();
    private static readonly DateContext NoContext = new(null);

    /// <summary>The first fully dated range (or whole month) in the title; null if there is none.</summary>
    public static ReportPeriod? FromTitle(string titleLine)
    {
        if (string.IsNullOrWhiteSpace(titleLine)) return null;
        foreach (var mention in Recognizer.Recognize(titleLine))
        {
            if (mention.Kind is not (DateMentionKind.Explicit or DateMentionKind.Month)) continue;
            // Resolved without a report period, so only years written in the title count.
            if (mention.Resolve(NoContext) is { Precision: DatePrecision.Range or DatePrecision.Month } span)
                return new ReportPeriod(span.Start, span.End);
        }
        return null;
    }
}
