using System.Buffers;

namespace IncidentExtract.Segmentation;

/// <summary>
/// Reads a plain-text report into nodes: title, chrome, meta, headings (three levels), paragraphs,
/// bullets (nesting from indentation), captions and footnotes. Works on the shapes of real
/// bulletins and web-page dumps: there is no markup, so each rule reads the line's shape.
/// </summary>
public sealed class ReportSegmenter
{
    private const int MaxHeadingWords = 20;

    public SegmentedReport Segment(string text)
    {
        var lines = new ReportLines(text);
        var captionLines = CaptionFinder.Find(lines);
        var bulletDepths = BulletDepths(lines);

        var nodes = new List<ReportNode>();
        var headings = new List<(int Level, string Text)>();
        var openBullets = new List<(int Depth, int Number)>();
        string? title = null;
        bool inChrome = false, seenContent = false;
        int? datelineLine = null;
        // Nodes under the same headings share one section list: it changes only at a heading.
        IReadOnlyList<string> section = [];

        for (int i = 0; i < lines.Count; i++)
        {
            if (lines.IsBlank(i)) continue;
            int lineNo = i + 1;
            int sectionDepth = headings.Count;

            void Add(NodeKind kind, int depth, string nodeText, string? leadIn = null, int? parent = null) =>
                nodes.Add(new ReportNode(nodes.Count + 1, kind, lineNo, depth, nodeText, leadIn, section, parent));

            // A bullet opens with its mark, and no comments marker, chrome, dateline, byline or footnote does (nor is a
            // bullet ever a caption): outside the comments and once the title is past, a bullet is only a bullet, and
            // its clean form, which only those tests read, is never made.
            bool plainBullet = lines.IsBullet(i) && !inChrome && (seenContent || title is not null);
            var clean = plainBullet ? "" : lines.Clean(i);
            if (!plainBullet)
            {
                // The comment section of a web page ends the article: the rest is related links.
                if (inChrome || (seenContent && LinePatterns.IsCommentsMarker(clean)))
                {
                    inChrome = true;
                    Add(NodeKind.Chrome, 0, clean);
                    continue;
                }
                if (LinePatterns.IsChrome(clean)) { Add(NodeKind.Chrome, 0, clean); continue; }

                if (!seenContent && title is null && IsTitle(lines, i, clean))
                {
                    title = clean;
                    Add(NodeKind.Title, 0, clean);
                    continue;
                }
                if (!seenContent && LinePatterns.Dateline().IsMatch(clean))
                {
                    datelineLine = i;
                    Add(NodeKind.Meta, 0, clean);
                    continue;
                }
                if (!seenContent && datelineLine == i - 1 && IsByline(clean))
                {
                    Add(NodeKind.Meta, 0, clean);
                    continue;
                }

                if (lines.IsFootnote(i)) { Add(NodeKind.Footnote, sectionDepth, clean); continue; }
                if (captionLines.Contains(i)) { Add(NodeKind.Caption, sectionDepth, clean); continue; }
            }

            if (lines.IsBullet(i))
            {
                seenContent = true;
                int depth = bulletDepths.TryGetValue(lines.BulletIndent(i), out var d) ? d : 0;
                // By hand rather than RemoveAll: a predicate holding the depth was a closure and a delegate per bullet.
                for (var b = openBullets.Count - 1; b >= 0; b--)
                    if (openBullets[b].Depth >= depth) openBullets.RemoveAt(b);
                int? parent = openBullets.Count > 0 ? openBullets[^1].Number : null;
                var body = StripMarkers(lines.BulletBody(i));
                Add(NodeKind.Bullet, sectionDepth + depth, body, LeadInOf(body), parent);
                openBullets.Add((depth, nodes.Count));
                continue;
            }

            if (IsHeading(lines, i, clean))
            {
                int level = HeadingLevel(clean);
                headings.RemoveAll(h => h.Level >= level);
                nodes.Add(new ReportNode(nodes.Count + 1, NodeKind.Heading, lineNo, headings.Count, clean, null,
                    headings.Select(h => h.Text).ToArray(), null));
                headings.Add((level, clean));
                section = headings.Select(h => h.Text).ToArray();
                openBullets.Clear();
                continue;
            }

            seenContent = true;
            var paragraph = StripMarkers(clean);
            var leadIn = LeadInOf(paragraph);
            // A labelled paragraph right after "Following are …:" belongs to that bullet's list.
            int? listParent = leadIn is not null && nodes.Count > 0 && nodes[^1].IsContent && nodes[^1].Text.EndsWith(':')
                ? nodes[^1].Number
                : (openBullets.Count > 0 && leadIn is not null ? openBullets[0].Number : null);
            Add(NodeKind.Paragraph, sectionDepth, paragraph, leadIn, listParent);
            openBullets.Clear();
        }
        return new SegmentedReport(title, nodes);
    }

    /// <summary>Runs of whitespace become one space, edges trimmed; a line that is already so is returned as is.</summary>
    public static string Normalise(string s)
    {
        var (start, end) = Trim(s);
        if (IsClean(s.AsSpan(start, end - start))) return start == 0 && end == s.Length ? s : s[start..end];
        return Collapsed(s.AsSpan(start, end - start));
    }

    /// <summary>As <see cref="Normalise(string)"/>, for a line that is not a string of its own: <paramref name="changed"/>
    /// tells whether the result differs from the line.</summary>
    internal static string Normalise(ReadOnlySpan<char> s, out bool changed)
    {
        var (start, end) = Trim(s);
        if (IsClean(s[start..end]))
        {
            changed = start > 0 || end < s.Length;
            return new string(s[start..end]);
        }
        changed = true;
        return Collapsed(s[start..end]);
    }

    private static (int Start, int End) Trim(ReadOnlySpan<char> s)
    {
        int start = 0, end = s.Length;
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        return (start, end);
    }

    /// <summary>A trimmed text with each run of whitespace made one space.</summary>
    private static string Collapsed(ReadOnlySpan<char> s)
    {
        // One pass into a scratch buffer: the collapsed length is known only at the end.
        char[]? rented = null;
        Span<char> collapsed = s.Length <= 1024 ? stackalloc char[1024] : (rented = ArrayPool<char>.Shared.Rent(s.Length));
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsWhiteSpace(s[i])) { collapsed[n++] = s[i]; continue; }
            collapsed[n++] = ' ';
            while (i + 1 < s.Length && char.IsWhiteSpace(s[i + 1])) i++;
        }
        var result = new string(collapsed[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>Whether <paramref name="body"/> holds no whitespace but single plain spaces.</summary>
    /// <remarks>Vectorised searches instead of a test per character, since nearly every line is clean already: one for
    /// two spaces, one for anything outside printable ASCII. Only the few characters the second stops at (curly quotes,
    /// dashes, accented letters) are asked whether they are whitespace, which is cheaper than one search for the
    /// twenty-odd whitespace characters scattered over Unicode.</remarks>
    private static bool IsClean(ReadOnlySpan<char> body)
    {
        if (body.IndexOf("  ", StringComparison.Ordinal) >= 0) return false;
        while (true)
        {
            var next = body.IndexOfAnyExceptInRange(' ', '~');
            if (next < 0) return true;
            if (char.IsWhiteSpace(body[next])) return false;
            body = body[(next + 1)..];
        }
    }


    private static string StripMarkers(string s) =>
        s.Contains('[') ? Normalise(LinePatterns.FootnoteMarker().Replace(s, "")) : s;

    private static string? LeadInOf(string text)
    {
        // A label opens with a capital and ends at a colon: most paragraphs are turned away without the pattern.
        if (text.Length == 0 || !char.IsAsciiLetterUpper(text[0]) || text.IndexOf(':') < 0) return null;
        var m = LinePatterns.LeadIn().Match(text);
        return m.Success ? m.Groups["label"].Value : null;
    }

    private static bool IsTitle(ReportLines lines, int i, string clean)
    {
        if (LinePatterns.TitleWithPeriod().IsMatch(clean)) return true;
        // A web article: the headline sits just above its dateline.
        for (int j = i + 1, seen = 0; j < lines.Count && seen < 2; j++)
        {
            if (lines.IsBlank(j)) continue;
            seen++;
            if (LinePatterns.Dateline().IsMatch(lines.Clean(j))) return !EndsSentence(clean);
        }
        return false;
    }

    /// <summary>An author's name under a dateline: two to four capitalised words, no punctuation.</summary>
    private static bool IsByline(string clean)
    {
        var words = clean.Split(' ');
        return words.Length is >= 2 and <= 4 && words.All(w => w.Length > 0 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '.' or '\''));
    }

    private static bool IsHeading(ReportLines lines, int i, string clean)
    {
        if (clean.Length == 0 || !char.IsUpper(clean[0]) && !char.IsDigit(clean[0]) && clean[0] is not '(' and not '“' and not '"') return false;
        if (clean[0] is '“' or '"') return false;
        int words = clean.AsSpan().Count(' ') + 1;
        if (words > MaxHeadingWords) return false;
        if (EndsSentence(clean) && !(clean.EndsWith('?') && IsTitleCase(clean))) return false;
        if (LinePatterns.HasTrailingCitation(clean)) return false;
        // A heading introduces something: the last line of a file is not one.
        return lines.NextNonBlank(i) >= 0;
    }

    private static bool EndsSentence(string s) => s[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '”' or '"';

    private static bool IsTitleCase(string s)
    {
        var words = s.Split(' ').Where(w => w.Length > 3).ToList();
        return words.Count > 0 && words.Count(w => char.IsUpper(w[0])) * 2 >= words.Count;
    }

    private static int HeadingLevel(string heading) =>
        LinePatterns.TopHeading().IsMatch(heading) ? 1
        : LinePatterns.ProvinceHeading().IsMatch(heading) ? 3
        : 2;

    /// <summary>Ranks the distinct bullet indentations of the file: the smallest is depth 0.</summary>
    private static Dictionary<int, int> BulletDepths(ReportLines lines)
    {
        var indents = new SortedSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines.IsBullet(i)) indents.Add(lines.BulletIndent(i));
        }
        var depths = new Dictionary<int, int>();
        int depth = -1, previous = -10;
        foreach (var indent in indents)
        {
            // Indents one space apart are the same level typed carelessly (" •" vs "  •").
            if (indent - previous > 1) depth++;
            depths[indent] = depth;
            previous = indent;
        }
        return depths;
    }
}
