using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentExtract.Recognition.Dates;

/// <summary>
/// Finds date expressions with one cheap pass per anchor: month words (found by a vectorised search for
/// their capital initials), the words "week"/"day", and dotted numeric dates. Stateless and thread-safe.
/// </summary>
public sealed partial class DateRecognizer : IDateRecognizer
{
    private static readonly SearchValues<char> MonthInitials = SearchValues.Create(MonthNames.InitialLetters);

    public IReadOnlyList<DateMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        AddMonthMentions(text, found);
        RelativeDateParser.AddWeekMentions(text, found);
        RelativeDateParser.AddDayMentions(text, found);
        if (text.Contains('.')) AddNumericMentions(text, found);
        return WithoutOverlaps(found);
    }

    private static void AddMonthMentions(string text, List<DateMention> into)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var hit = span[i..].IndexOfAny(MonthInitials);
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

    /// <summary>Numeric headers such as "4.10.17": day.month.year.</summary>
    private static void AddNumericMentions(string text, List<DateMention> into)
    {
        foreach (var match in NumericDatePattern().EnumerateMatches(text))
        {
            var s = text.AsSpan(match.Index, match.Length);
            var firstDot = s.IndexOf('.');
            var lastDot = s.LastIndexOf('.');
            var day = int.Parse(s[..firstDot], NumberStyles.None, CultureInfo.InvariantCulture);
            var month = int.Parse(s[(firstDot + 1)..lastDot], NumberStyles.None, CultureInfo.InvariantCulture);
            var year = int.Parse(s[(lastDot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
            if (day is < 1 or > 31 || month is < 1 or > 12) continue;
            if (year < 100) year += year < 70 ? 2000 : 1900;
            into.Add(new DateMention(match.Index, match.Length, s.ToString(), DateMentionKind.Explicit, new PartialDate(year, month, day)));
        }
    }

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

    [GeneratedRegex(@"(?<![\d.,])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d%]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDatePattern();
}
