using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentExtract.Recognition.Dates;

/// <summary>
/// Finds date expressions with one cheap pass per anchor: month words (found by a vectorised search for
/// their first three letters), the words "week"/"day", and dotted numeric dates. Stateless and thread-safe.
/// </summary>
public sealed partial class DateRecognizer : IDateRecognizer
{
    public IReadOnlyList<DateMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        AddMonthMentions(text, found);
        RelativeDateParser.AddWeekMentions(text, found);
        RelativeDateParser.AddDayMentions(text, found);
        AddNumericMentions(text, found);
        return WithoutOverlaps(found);
    }

    internal static void AddMonthMentions(string text, List<DateMention> into)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var hit = span[i..].IndexOfAny(MonthNames.Prefixes);
            if (hit < 0) break;
            var at = i + hit;
            if (MonthNames.TryRead(text, at, out var month, out var length, out var abbreviated)
                && MonthDateParser.TryParse(text, at, month, length, abbreviated) is { } mention)
            {
                into.Add(mention);
                i = Math.Max(at + length, mention.End);
            }
            else i = at + 1;
        }
    }

    /// <summary>
    /// Numeric dates: headers such as "4.10.17" and "22/11/2019" (day first, as in the reports' sources;
    /// month first only when the first number cannot be a month) and ISO "2019-11-22".
    /// </summary>
    internal static void AddNumericMentions(string text, List<DateMention> into)
    {
        if (!HasDigitSeparatorDigit(text)) return;
        foreach (Match match in NumericDatePattern().Matches(text))
        {
            int day, month, year;
            if (match.Groups["iy"].Success)
            {
                year = Number(match.Groups["iy"]);
                month = Number(match.Groups["im"]);
                day = Number(match.Groups["id"]);
            }
            else
            {
                day = Number(match.Groups["d"]);
                month = Number(match.Groups["m"]);
                year = Number(match.Groups["y"]);
                if (month > 12 && day <= 12) (day, month) = (month, day);
                if (year < 100) year += year < 70 ? 2000 : 1900;
            }
            if (day is < 1 or > 31 || month is < 1 or > 12) continue;
            into.Add(new DateMention(match.Index, match.Length, match.Value, DateMentionKind.Explicit, new PartialDate(year, month, day)));
        }
    }

    private static readonly SearchValues<char> DateSeparators = SearchValues.Create("./-");

    /// <summary>
    /// Every numeric date has a separator between two digits ("22/11", "4.10", "2019-11"); most texts have
    /// none, and then the pattern need not run. (Any decimal digit, as the pattern's \d.)
    /// </summary>
    private static bool HasDigitSeparatorDigit(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(DateSeparators); i >= 0;)
        {
            if (i > 0 && i + 1 < span.Length && char.IsDigit(span[i - 1]) && char.IsDigit(span[i + 1])) return true;
            var next = span[(i + 1)..].IndexOfAny(DateSeparators);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    private static int Number(Group g) => int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static List<DateMention> WithoutOverlaps(List<DateMention> found)
    {
        if (found.Count < 2) return found;
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<DateMention>(found.Count);
        var end = -1;
        foreach (var m in found)
        {
            if (m.Start < end) continue;
            kept.Add(m);
            end = m.End;
        }
        return kept;
    }

    [GeneratedRegex(@"(?<![\d.,/-])(?:(?<d>\d{1,2})(?<sep>[./])(?<m>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d%/]|\.\d)|(?<iy>(?:19|20)\d\d)-(?<im>[01]\d)-(?<id>[0-3]\d)(?![\d-]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericDatePattern();
}
