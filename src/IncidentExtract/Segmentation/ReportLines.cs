using System.Text.RegularExpressions;

namespace IncidentExtract.Segmentation;

/// <summary>
/// A report's lines with what the segmenter asks of each, asked once: the caption finder and the segmenter both
/// read every line's clean form, bullet shape, footnote shape and whether it is only a citation, and used to work
/// each out two or three times over.
/// </summary>
internal sealed class ReportLines
{
    private readonly string?[] _clean;
    private readonly Match?[] _bullets;
    private readonly bool[] _footnotes;
    private readonly bool[] _citationsOnly;

    public ReportLines(string text)
    {
        Raw = text.Split('\n');
        _clean = new string?[Raw.Length];
        _bullets = new Match?[Raw.Length];
        _footnotes = new bool[Raw.Length];
        _citationsOnly = new bool[Raw.Length];
        for (var i = 0; i < Raw.Length; i++)
        {
            var line = Raw[i];
            if (string.IsNullOrWhiteSpace(line)) continue;
            _clean[i] = ReportSegmenter.Normalise(line);
            var first = line.AsSpan().IndexOfAnyExcept(Indent);
            // Each pattern opens with one character after the indent: most lines are turned away by it.
            if (first >= 0 && BulletMarks.Contains(line[first]) && first + 1 < line.Length && Indent.Contains(line[first + 1])
                && LinePatterns.Bullet().Match(line) is { Success: true } bullet)
                _bullets[i] = bullet;
            _footnotes[i] = line.AsSpan().TrimStart()[0] == '[' && LinePatterns.Footnote().IsMatch(line);
            _citationsOnly[i] = LinePatterns.IsCitationOnly(line);
        }
    }

    // The bullet pattern's indent and separator characters, and its marks.
    private const string Indent = " \t\u00A0";
    private const string BulletMarks = "•●▪◦·-–*";

    /// <summary>The lines as split, blank ones included.</summary>
    public string[] Raw { get; }

    public int Count => Raw.Length;

    public bool IsBlank(int i) => _clean[i] is null;

    /// <summary>The line with its whitespace runs collapsed and edges trimmed (<see cref="ReportSegmenter.Normalise"/>); "" for a blank line.</summary>
    public string Clean(int i) => _clean[i] ?? "";

    /// <summary>The line's <see cref="LinePatterns.Bullet"/> match, or null when it is no bullet.</summary>
    public Match? Bullet(int i) => _bullets[i];

    public bool IsFootnote(int i) => _footnotes[i];

    /// <summary>Whether the line holds two captions side by side (<see cref="LinePatterns.IsSideBySide"/>).</summary>
    /// <remarks>A line its cleaning left as it was holds no tab and no run of blanks: only the others are read again.</remarks>
    public bool IsSideBySide(int i) => !ReferenceEquals(_clean[i], Raw[i]) && LinePatterns.IsSideBySide(Raw[i]);

    /// <summary>Whether the line is nothing but a citation (<see cref="LinePatterns.IsCitationOnly"/>).</summary>
    public bool IsCitationOnly(int i) => _citationsOnly[i];

    /// <summary>The next line after <paramref name="i"/> that is not blank, or -1.</summary>
    public int NextNonBlank(int i)
    {
        for (var j = i + 1; j < Raw.Length; j++)
        {
            if (_clean[j] is not null) return j;
        }
        return -1;
    }
}
