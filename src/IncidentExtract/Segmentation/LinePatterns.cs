using System.Buffers;
using System.Text.RegularExpressions;

namespace IncidentExtract.Segmentation;

/// <summary>The line shapes the segmenter tells apart; source-generated since every line meets them.</summary>
internal static partial class LinePatterns
{
    [GeneratedRegex(@"^(?<indent>[ \t\u00A0]*)(?<mark>[•●▪◦·\-–*])[ \t\u00A0]+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Bullet();

    [GeneratedRegex(@"^\s*\[\d{1,3}\]", RegexOptions.CultureInvariant)]
    public static partial Regex Footnote();

    /// <summary>A footnote marker inside running text: "Nujaba Movement.[1] Also", "Afghanistan[4]."</summary>
    [GeneratedRegex(@"\[\d{1,3}\]", RegexOptions.CultureInvariant)]
    public static partial Regex FootnoteMarker();

    [GeneratedRegex(@"^(close button|comments?|share|print|features|images|photo blog|advertisement|related( articles)?|read more|subscribe|\d+ min(ute)? read|switch to .{1,40}\?|it looks like you.{1,10} having trouble loading .*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Chrome();

    /// <summary><see cref="Chrome"/> on a clean line, turning away first by its first character the lines no alternative
    /// can open: every one opens with one of a few letters (in either case) or a digit, and an ASCII character matches
    /// such a letter only as itself in one case or the other. Lines opening outside ASCII go to the pattern.</summary>
    public static bool IsChrome(string clean) =>
        clean.Length > 0 && (!char.IsAscii(clean[0]) || ChromeOpenings.Contains(clean[0])) && Chrome().IsMatch(clean);

    private static readonly SearchValues<char> ChromeOpenings = SearchValues.Create("CcSsPpFfIiAaRr0123456789");

    /// <summary><see cref="CommentsMarker"/> on a clean line (one holding no line feed): a line it matches is seven or
    /// eight characters long, which few lines are.</summary>
    public static bool IsCommentsMarker(string clean) => clean.Length is 7 or 8 && CommentsMarker().IsMatch(clean);

    /// <summary>The comment section of a web page: everything after it is page furniture.</summary>
    [GeneratedRegex(@"^comments?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex CommentsMarker();

    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    /// <summary>A line that is only a date: an article's dateline ("May 21, 2020", "Monday, 22 July 2024", "2021-05-31").</summary>
    [GeneratedRegex(@"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:" + Month + @" \d{1,2}, \d{4}|\d{1,2} " + Month + @",? \d{4}|\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant)]
    public static partial Regex Dateline();

    /// <summary>A title that names the report period: "Spotlight on Global Jihad (November 21-27, 2019)".</summary>
    [GeneratedRegex(@"\([^()]*" + Month + @"[^()]*\d{4}\)\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex TitleWithPeriod();

    /// <summary>Both citation patterns end in ")", then at most a full stop and blanks: lines that do not are never scanned.</summary>
    public static bool EndsWithParenthesis(ReadOnlySpan<char> line) => ClosingParenthesis(line) >= 0;

    /// <summary>Where the ")" a citation pattern would end at stands: the last one, followed by at most a full stop and blanks; -1 when there is none.</summary>
    private static int ClosingParenthesis(ReadOnlySpan<char> line)
    {
        int end = line.Length;
        while (end > 0 && char.IsWhiteSpace(line[end - 1])) end--;
        if (end > 0 && line[end - 1] == '.')
        {
            end--;
            while (end > 0 && char.IsWhiteSpace(line[end - 1])) end--;
        }
        return end > 0 && line[end - 1] == ')' ? end - 1 : -1;
    }

    public static bool HasTrailingCitation(ReadOnlySpan<char> line) => TrailingCitationStart(line) >= 0;

    /// <summary>Where the line's <see cref="TrailingCitation"/> starts, or -1.</summary>
    /// <remarks>The pattern's parenthetical holds no bracket, so a match can only open at the last bracket before the
    /// closing one, when that bracket is "(": the pattern is tried there alone, not at every "(" of a long paragraph
    /// (and no match object is made for the one place it is read).</remarks>
    public static int TrailingCitationStart(ReadOnlySpan<char> line)
    {
        var close = ClosingParenthesis(line);
        if (close < 0) return -1;
        var open = line[..close].LastIndexOfAny('(', ')');
        return open >= 0 && line[open] == '(' && TrailingCitation().IsMatch(line[open..]) ? open : -1;
    }

    public static bool IsCitationOnly(ReadOnlySpan<char> line) => EndsWithParenthesis(line) && CitationOnly().IsMatch(line);

    /// <summary>A parenthetical citation closing a line: "(SANA, November 25, 2019)", "(Google Maps)".</summary>
    [GeneratedRegex(@"\((?<cite>[^()]*(?:\d{4}|Maps|Google|Bing)[^()]*)\)\s*\.?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex TrailingCitation();

    /// <summary>A line that is nothing but a citation: the second half of a caption split over two lines.</summary>
    [GeneratedRegex(@"^\s*\([^()]*(?:\d{4}|Maps)[^()]*\)\s*\.?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex CitationOnly();

    [GeneratedRegex(@"^(Right|Left|Above|Below|Top|Bottom|Center|Centre|Photo|Map)\s*:", RegexOptions.CultureInvariant)]
    public static partial Regex CaptionLabel();

    /// <summary>
    /// <see cref="SideBySide"/> on the trimmed line, by hand: its leading \S lets the regex start at
    /// almost every character, while one pass can look for a tab or a blank run of three.
    /// </summary>
    public static bool IsSideBySide(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        int run = 0;
        foreach (var c in text)
        {
            if (c == '\t') return true;
            if (!char.IsWhiteSpace(c)) { run = 0; continue; }
            // Trimmed, so every blank run lies between two non-blanks.
            if (++run == 3) return true;
        }
        return false;
    }

    /// <summary>Two captions printed side by side, separated by a run of spaces.</summary>
    [GeneratedRegex(@"\S\s{3,}\S|\t", RegexOptions.CultureInvariant)]
    public static partial Regex SideBySide();

    /// <summary>A short lead-in label opening a bullet: "Diyala Province: Attack on …".</summary>
    [GeneratedRegex(@"^(?<label>[A-Z][\w’'\-]*(?: [\w’'\-()]+){0,4}):\s+(?=\S)", RegexOptions.CultureInvariant)]
    public static partial Regex LeadIn();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    public static partial Regex Whitespace();

    /// <summary>Headings naming a province: the innermost level of the reports' sections.</summary>
    [GeneratedRegex(@"\b(Province|Governorate|District)\b(\s*\([^)]*\))?$", RegexOptions.CultureInvariant)]
    public static partial Regex ProvinceHeading();

    /// <summary>Top-level headings: "Main events of the week", "Main developments in Iraq".</summary>
    [GeneratedRegex(@"^Main (events|developments)\b", RegexOptions.CultureInvariant)]
    public static partial Regex TopHeading();
}
