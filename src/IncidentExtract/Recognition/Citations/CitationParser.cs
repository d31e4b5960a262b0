using System.Buffers;
using System.Text.RegularExpressions;

namespace IncidentExtract.Recognition.Citations;

/// <summary>
/// Finds parenthetical source citations: "(Telegram, November 23, 2019)", several sources separated by
/// semicolons, names sharing the next date ("TOLO News; Anatolia News Agency; Khaama Press, November 16, 2019"),
/// appositives trimmed ("Enab Baladi, a news website …" → "Enab Baladi").
/// Parentheses that name no source are not citations and are not returned: remarks
/// ("the city was taken over within a few hours"), labels ("SDF"), tallies ("14 dead, 18 wounded")
/// and a bare date ("February 4, 2019"), which is the date of an event, not of a source.
/// </summary>
public sealed partial class CitationParser
{
    public IReadOnlyList<Citation> Parse(string text)
    {
        var first = text.IndexOf('(');
        if (first < 0) return [];
        var result = new List<Citation>();
        var pairs = new ParenthesisPairs(text, first, stackalloc int[16]);
        while (pairs.MoveNext(out var open, out var close))
        {
            if (!ParenthesisPairs.MayBeCitation(text, open, close)) continue;
            var sources = ParseSources(text.AsSpan(open + 1, close - open - 1));
            if (sources.Count > 0) result.Add(new Citation(open, close - open + 1, sources));
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static readonly SearchValues<string> MonthNames = SearchValues.Create(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        StringComparison.Ordinal);

    private static readonly SearchValues<char> MonthInitials = SearchValues.Create("JFMASOND");

    /// <summary>The sources of one parenthetical's content, or none when it is not a citation.</summary>
    internal static List<SourceRef> ParseSources(string content) => ParseSources(content.AsSpan());

    /// <summary>
    /// As <see cref="ParseSources(string)"/>, read in place: the parts, dates and names are slices of the content,
    /// and only the names kept and the dates read become strings. Several stages parse the same citations.
    /// </summary>
    internal static List<SourceRef> ParseSources(ReadOnlySpan<char> content)
    {
        // A citation needs a date, and every date the trailing-date reader reads spells a month name:
        // a parenthetical without one ("14 dead, 18 wounded", "122mm") is no citation, whatever its parts.
        if (!content.ContainsAny(MonthNames)) return [];
        var sources = new List<SourceRef>();
        List<string>? undated = null;
        var sawDate = false;
        DateOnly? lastDate = null;
        var lastMonthOnly = false;
        // As string.Split(';') and string.Trim: every part, empty ones included, trimmed of white space.
        foreach (var range in content.Split(';'))
        {
            var part = content[range].Trim();
            if (part.Length == 0) continue;
            ReadOnlySpan<char> name;
            DateOnly? date = null;
            var monthOnly = false;
            var hasDate = TrailingDate.TryMatch(part, out var dateStart, out var dateLength, out var monthStart);
            if (hasDate)
            {
                name = part[..dateStart].TrimEnd(" ,");
                var dateText = part.Slice(dateStart, dateLength);
                var trimmed = dateText.Trim();
                monthStart -= dateText.Length - dateText.TrimStart().Length;
                // "(Telegram, November 23)": a source whose year the report period will have to supply.
                if (CitationDate.TryParseTrailing(trimmed.ToString(), monthStart, out var d, out var mo)) { date = d; monthOnly = mo; }
                sawDate = true;
            }
            else name = part;

            name = TrimAppositive(name);
            var isName = IsSourceName(name);
            // The common part, "Telegram, November 23, 2019" with no undated name before it, names its own source:
            // no list of undated names for it.
            if (isName && hasDate && (undated is null || undated.Count == 0))
            {
                sources.Add(new SourceRef(name.ToString(), date, monthOnly));
                lastDate = date;
                lastMonthOnly = monthOnly;
                continue;
            }
            if (isName) (undated ??= []).Add(name.ToString());
            if (!hasDate) continue;
            // Names without a date of their own share the next date: "TOLO News; Khaama Press, November 16, 2019".
            if (undated is not null)
            {
                foreach (var n in undated) sources.Add(new SourceRef(n, date, monthOnly));
                undated.Clear();
            }
            lastDate = date;
            lastMonthOnly = monthOnly;
        }
        if (!sawDate) return [];  // a parenthetical with no date at all is a remark or a label
        // A name after the last date ("…, November 21, 2019; Shahed Sinaa") is taken with that date.
        if (undated is not null)
            foreach (var n in undated) sources.Add(new SourceRef(n, lastDate, lastMonthOnly));
        return sources;
    }

    /// <summary>"Enab Baladi, a news website affiliated with …" → "Enab Baladi"; "Al-Sham Province, Aleppo area" → "Al-Sham Province".</summary>
    private static ReadOnlySpan<char> TrimAppositive(ReadOnlySpan<char> name)
    {
        var comma = name.IndexOf(',');
        return (comma >= 0 ? name[..comma] : name).Trim();
    }

    /// <summary>
    /// A name must look like one: not a description ("file-sharing website", "updated to"), not the
    /// first half of a date range ("May 26 to"), not empty.
    /// </summary>
    private static bool IsSourceName(ReadOnlySpan<char> name)
    {
        if (name.Length == 0) return false;
        var hasLetter = false;
        foreach (var c in name)
        {
            if (char.IsLetter(c)) { hasLetter = true; break; }
        }
        if (!hasLetter) return false;
        // Lower case only for web addresses ("al-hashed.net"); otherwise it is a description ("file-sharing website", "i.e.").
        if (char.IsLower(name[0]) && !WebAddress().IsMatch(name)) return false;
        if (MonthInitials.Contains(name[0]) && DateFragment().IsMatch(name)) return false; // the pattern starts with a month name
        return !MayEndWithConnector(name) || !EndsWithConnector().IsMatch(name);
    }

    /// <summary>
    /// Whether the last character can be the last letter of a connector ("to", "from" … "the", in any case):
    /// an ASCII character that is not (a digit, a period, most letters) rules the pattern out; any other is left to it.
    /// </summary>
    private static bool MayEndWithConnector(ReadOnlySpan<char> name)
    {
        var last = name[^1];
        return !char.IsAscii(last) || last == '\n' || "omeldfnOMELDFN".Contains(last);
    }

    [GeneratedRegex(@"^[a-z0-9][\w-]*(?:\.[\w-]{2,})+$", RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex DateFragment();

    [GeneratedRegex(@"\b(?:to|from|since|until|and|of|on|in|the)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithConnector();
}
