using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace IncidentExtract.Reading;

/// <summary>
/// Turns an HTML report into the line-oriented text the segmenter reads, so HTML and plain text
/// share one segmentation path: h1–h6 become heading lines, li "• " bullets indented two spaces
/// per list level, p and other blocks paragraph lines; scripts, styles and page furniture (nav,
/// header, footer, aside, forms) are dropped. The title goes first when the page has no h1.
/// Record <c>line</c> numbers then count lines of this text, not of the HTML source.
/// </summary>
public static partial class HtmlReportReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
        "svg", "iframe", "button", "select", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "blockquote", "pre", "table", "thead", "tbody", "tr",
        "td", "th", "dl", "dt", "dd", "figure", "figcaption", "caption", "address", "hr", "center",
    };

    /// <summary>Past this nesting the markup is pathological: the rest of the subtree is read as plain text, so no input can exhaust the stack.</summary>
    private const int MaxDepth = 256;

    /// <summary>True when the path says HTML (.html, .htm), or the text opens like an HTML page.</summary>
    public static bool LooksLikeHtml(string path, string text)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
            return true;
        var start = text.AsSpan().TrimStart();
        if (start.Length > 0 && start[0] == '\uFEFF') start = start[1..].TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    public static string ToReportText(string html)
    {
        // A parser per call: AngleSharp does not promise a shared parser is thread-safe, and workers run in parallel.
        var document = new HtmlParser().ParseDocument(html);
        var lines = new LineBuilder();
        if (document.QuerySelector("h1") is null && document.Title is { } title && !string.IsNullOrWhiteSpace(title))
        {
            lines.Append(title);
            lines.Flush();
            lines.Blank();
        }
        if (document.Body is { } body) Walk(body, lines, listDepth: 0, depth: 0);
        lines.Flush();
        return lines.ToString();
    }

    private static void Walk(INode node, LineBuilder lines, int listDepth, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) { lines.Append(text.Data); continue; }
            if (child is not IElement element) continue;
            var tag = element.LocalName;
            if (Dropped.Contains(tag)) continue;
            if (depth >= MaxDepth) { lines.Append(element.TextContent); continue; }

            switch (tag)
            {
                case "br":
                    lines.Flush();
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    lines.Flush();
                    lines.Blank();
                    Walk(element, lines, listDepth, depth + 1);
                    lines.Flush();
                    lines.Blank();
                    break;
                case "ul" or "ol" or "menu":
                    lines.Flush();
                    Walk(element, lines, listDepth + 1, depth + 1);
                    lines.Flush();
                    break;
                case "li":
                    lines.Flush();
                    lines.StartBullet(Math.Max(0, listDepth - 1));
                    Walk(element, lines, listDepth, depth + 1);
                    lines.Flush();
                    break;
                default:
                    bool block = Blocks.Contains(tag);
                    if (block) lines.Flush();
                    Walk(element, lines, listDepth, depth + 1);
                    if (block)
                    {
                        lines.Flush();
                        if (tag == "p" && listDepth == 0) lines.Blank();
                    }
                    break;
            }
        }
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>Collects inline text into the current line and writes it out, whitespace collapsed, when a block ends.</summary>
    private sealed class LineBuilder
    {
        private readonly StringBuilder _output = new();
        private readonly StringBuilder _line = new();
        private string _prefix = "";

        public void Append(string text) => _line.Append(text);

        /// <summary>The next non-empty line is a bullet at this depth; nested blocks inside the li continue it.</summary>
        public void StartBullet(int depth) => _prefix = new string(' ', 2 * depth) + "• ";

        public void Flush()
        {
            if (_line.Length == 0) return;
            var text = Whitespace().Replace(_line.ToString(), " ").Trim();
            _line.Clear();
            if (text.Length == 0) return;
            _output.Append(_prefix).Append(text).Append('\n');
            _prefix = "";
        }

        /// <summary>A blank line, never two in a row.</summary>
        public void Blank()
        {
            if (_output.Length > 0 && !(_output.Length >= 2 && _output[^1] == '\n' && _output[^2] == '\n')) _output.Append('\n');
        }

        public override string ToString() => _output.ToString();
    }
}
