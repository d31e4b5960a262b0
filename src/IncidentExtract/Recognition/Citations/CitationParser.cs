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
        var result = new List<Citation>();
        if (text.IndexOf('(') < 0) return result;
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(') open.Push(i);
            else if (c == ')' && open.Count > 0)
            {
                var start = open.Pop();
                // Cheap pre-filter: a citation ends in a four-digit year.
                if (i - start < 8 || !char.IsDigit(text[i - 1])) continue;
                var sources = ParseSources(text.AsSpan(start + 1, i - start - 1).ToString());
                if (sources.Count > 0) result.Add(new Citation(start, i - start + 1, sources));
            }
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>The sources of one parenthetical's content, or none when it is not a citation.</summary>
    internal static List<SourceRef> ParseSources(string content)
    {
        var sources = new List<SourceRef>();
        var undated = new List<string>();
        var sawDate = false;
        foreach (var rawPart in content.Split(';'))
        {
            var part = rawPart.Trim();
            if (part.Length == 0) continue;
            var dated = TrailingDate().Match(part);
            string name;
            DateOnly? date = null;
            var monthOnly = false;
            if (dated.Success && CitationDate.TryParse(dated.Groups["date"].Value, out var d, out var mo))
            {
                name = part[..dated.Index].TrimEnd(' ', ',');
                date = d;
                monthOnly = mo;
                sawDate = true;
            }
            else name = part;

            name = TrimAppositive(name);
            if (IsSourceName(name)) undated.Add(name);
            if (date is null) continue;
            // Names without a date of their own share the next date: "TOLO News; Khaama Press, November 16, 2019".
            foreach (var n in undated) sources.Add(new SourceRef(n, date, monthOnly));
            undated.Clear();
        }
        // A parenthetical with no date at all is a remark or a label, not a citation.
        return sawDate ? sources : [];
    }

    /// <summary>"Enab Baladi, a news website affiliated with …" → "Enab Baladi"; "Al-Sham Province, Aleppo area" → "Al-Sham Province".</summary>
    private static string TrimAppositive(string name)
    {
        var comma = name.IndexOf(',');
        return (comma >= 0 ? name[..comma] : name).Trim();
    }

    /// <summary>
    /// A name must look like one: not a description ("file-sharing website", "updated to"), not the
    /// first half of a date range ("May 26 to"), not empty.
    /// </summary>
    private static bool IsSourceName(string name)
    {
        if (name.Length == 0) return false;
        var hasLetter = false;
        foreach (var c in name)
        {
            if (char.IsLetter(c)) { hasLetter = true; break; }
        }
        if (!hasLetter) return false;
        if (char.IsLower(name[0]) && name.Contains(' ')) return false;
        if (DateFragment().IsMatch(name)) return false;
        return !EndsWithConnector().IsMatch(name);
    }

    [GeneratedRegex(@"(?<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2}(?:(?:\s*,\s*|\s+and\s+|\s*[-–]\s*)\d{1,2})*\s*,?\s+)?\d{4})\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex DateFragment();

    [GeneratedRegex(@"\b(?:to|from|since|until|and|of|on|in|the)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithConnector();
}
