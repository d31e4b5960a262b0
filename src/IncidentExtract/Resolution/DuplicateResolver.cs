using IncidentExtract.Output;

namespace IncidentExtract.Resolution;

/// <summary>
/// Marks records that restate another record of the same report: a summary bullet retelling an
/// incident told in detail further down, or a block printed twice. Two records tell the same
/// incident when their event types are compatible, they name the same place, their dates overlap
/// (within a day) and their counts do not contradict. The less specific one (coarser date, then
/// shorter text, then later) becomes the duplicate.
/// </summary>
public static class DuplicateResolver
{
    public static IReadOnlyList<IncidentRecord> Resolve(IReadOnlyList<IncidentRecord> records)
    {
        var result = records.ToArray();
        for (int i = 0; i < result.Length; i++)
        {
            for (int j = i + 1; j < result.Length; j++)
            {
                var a = result[i];
                var b = result[j];
                if (a.DuplicateOf is not null || b.DuplicateOf is not null || !SameIncident(a, b)) continue;
                if (Specificity(a) >= Specificity(b)) result[j] = Duplicate(b, a);
                else { result[i] = Duplicate(a, b); break; }
            }
        }
        return result;
    }

    private static IncidentRecord Duplicate(IncidentRecord copy, IncidentRecord original) =>
        copy with { DuplicateOf = original.Id, Confidence = Math.Min(copy.Confidence, 0.3) };

    public static bool SameIncident(IncidentRecord a, IncidentRecord b)
    {
        // Incidents split out of one block were split on purpose.
        if (a.Line == b.Line) return false;
        if (!DatesOverlap(a, b) || !Compatible(a.KilledMin, b.KilledMin) || !Compatible(a.WoundedMin, b.WoundedMin)) return false;
        bool samePlace = a.Place is not null && string.Equals(a.Place, b.Place, StringComparison.OrdinalIgnoreCase);
        // Two detailed, separately sourced accounts at one place are two incidents unless they are of
        // one kind; a loose retelling ("The latest attack took place this week at a hotel in Kabul")
        // may name the kind loosely.
        if (samePlace && (a.EventType == b.EventType || (CompatibleTypes(a.EventType, b.EventType) && (IsRetelling(a) || IsRetelling(b)))))
            return true;
        // A summary ("this week", in the overview) names the place loosely ("a city south of Kirkuk",
        // "the pocket along the Euphrates"): the same kind of event in the same country is the one told in detail.
        var (summary, detail) = a.DatePrecision == "week" ? (a, b) : (b, a);
        return summary.DatePrecision == "week" && detail.DatePrecision != "week"
            && summary.Country is not null && summary.Country == detail.Country
            && (summary.EventType == detail.EventType
                || (CompatibleTypes(summary.EventType, detail.EventType) && summary.Place is not null
                    && detail.Text.Contains(summary.Place, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>A summary's marks: dated only by the report week, or placed under "Main events".</summary>
    private static bool IsRetelling(IncidentRecord r) =>
        r.DatePrecision == "week"
        || (r.Section.Count > 0 && r.Section[0].StartsWith("Main events", StringComparison.OrdinalIgnoreCase));

    private static bool CompatibleTypes(string a, string b)
    {
        if (a == b) return true;
        string[] generic = ["armed_assault"];
        string[] violent = ["armed_assault", "clash", "bombing", "suicide_bombing", "shelling", "airstrike", "execution", "other"];
        return (generic.Contains(a) && violent.Contains(b)) || (generic.Contains(b) && violent.Contains(a));
    }

    private static bool DatesOverlap(IncidentRecord a, IncidentRecord b)
    {
        if (a.DateStart is not { } aStart || b.DateStart is not { } bStart) return false;
        var aEnd = a.DateEnd ?? aStart;
        var bEnd = b.DateEnd ?? bStart;
        // Two dates the text states for single days must be the same day; a source date may lag a day.
        int slack = a.DatePrecision == "day" && b.DatePrecision == "day" ? 0 : 1;
        return aStart.AddDays(-slack) <= bEnd && bStart.AddDays(-slack) <= aEnd;
    }

    private static bool Compatible(int? x, int? y) => x is null || y is null || x == y;

    private static int Specificity(IncidentRecord r)
    {
        int precision = r.DatePrecision switch { "day" => 3, "range" => 3, "source" => 2, "month" => 1, _ => 0 };
        return precision * 100_000 + Math.Min(r.Text.Length, 99_999);
    }
}
