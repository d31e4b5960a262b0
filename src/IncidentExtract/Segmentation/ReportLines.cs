namespace IncidentExtract.Segmentation;

/// <summary>
/// A report's lines with what the segmenter asks of each, asked once: the caption finder and the segmenter both
/// read every line's clean form, bullet shape, footnote shape and whether it is only a citation, and used to work
/// each out two or three times over.
/// </summary>
/// <remarks>A line is kept as where it lies in the text, not as a string of its own: only its clean form (and a
/// bullet's body) becomes a string, and a split of the text into lines was a string per line besides, and for a
/// bullet a match, its groups and a string per group.</remarks>
internal sealed class ReportLines
{
    private readonly string _text;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly string?[] _clean;
    // Whether cleaning changed a line that is no bullet: one it left as it was holds no tab and no run of blanks.
    private readonly bool[] _changed;
    // A bullet's clean form is its mark, a space and its body: made when asked, which past a report's opening lines it
    // seldom is (see ReportSegmenter.Segment), where its body is the node's text.
    private readonly string?[] _bulletBodies;
    private readonly char[] _bulletMarks;
    private readonly int[] _bulletIndents;
    private readonly bool[] _footnotes;
    private readonly bool[] _citationsOnly;

    public ReportLines(string text)
    {
        _text = text;
        var count = text.AsSpan().Count('\n') + 1;
        _starts = new int[count];
        _lengths = new int[count];
        _clean = new string?[count];
        _changed = new bool[count];
        _bulletBodies = new string?[count];
        _bulletMarks = new char[count];
        _bulletIndents = new int[count];
        _footnotes = new bool[count];
        _citationsOnly = new bool[count];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var end = i == count - 1 ? text.Length : text.IndexOf('\n', start);
            _starts[i] = start;
            _lengths[i] = end - start;
            start = end + 1;
            var line = Raw(i);
            if (line.IsWhiteSpace()) continue;
            if (BulletShape.Read(line) is { } bullet)
            {
                _bulletIndents[i] = bullet.IndentWidth;
                _bulletBodies[i] = ReportSegmenter.Normalise(line[bullet.TextStart..], out _);
                _bulletMarks[i] = line[bullet.MarkAt];
            }
            else _clean[i] = ReportSegmenter.Normalise(line, out _changed[i]);
            _footnotes[i] = line.TrimStart()[0] == '[' && LinePatterns.Footnote().IsMatch(line);
            _citationsOnly[i] = LinePatterns.IsCitationOnly(line);
        }
    }

    public int Count => _starts.Length;

    /// <summary>The line as it stands in the text, blank or not.</summary>
    public ReadOnlySpan<char> Raw(int i) => _text.AsSpan(_starts[i], _lengths[i]);

    public bool IsBlank(int i) => _clean[i] is null && _bulletBodies[i] is null;

    /// <summary>The line with its whitespace runs collapsed and edges trimmed (<see cref="ReportSegmenter.Normalise(string)"/>); "" for a blank line.</summary>
    /// <remarks>A bullet's is its mark, one space for the blanks after it, and its body cleaned: the text opens with no blank.</remarks>
    public string Clean(int i) =>
        _clean[i] ?? (_bulletBodies[i] is { } body ? _clean[i] = string.Concat(new ReadOnlySpan<char>(in _bulletMarks[i]), " ", body) : "");

    /// <summary>Whether the line has the shape of <see cref="LinePatterns.Bullet"/>.</summary>
    public bool IsBullet(int i) => _bulletBodies[i] is not null;

    /// <summary>A bullet's text after its mark, cleaned (<see cref="ReportSegmenter.Normalise(string)"/>): the pattern's
    /// <c>text</c> group, cleaned.</summary>
    public string BulletBody(int i) => _bulletBodies[i] ?? throw new InvalidOperationException($"Line {i + 1} is no bullet.");

    /// <summary>The width of a bullet's indent (the pattern's <c>indent</c> group), a tab counting four.</summary>
    public int BulletIndent(int i) => _bulletIndents[i];

    public bool IsFootnote(int i) => _footnotes[i];

    /// <summary>Whether the line holds two captions side by side (<see cref="LinePatterns.IsSideBySide"/>).</summary>
    /// <remarks>A line its cleaning left as it was holds no tab and no run of blanks: only the others are read again.</remarks>
    public bool IsSideBySide(int i) => (_changed[i] || IsBullet(i)) && LinePatterns.IsSideBySide(Raw(i));

    /// <summary>Whether the line is nothing but a citation (<see cref="LinePatterns.IsCitationOnly"/>).</summary>
    public bool IsCitationOnly(int i) => _citationsOnly[i];

    /// <summary>The next line after <paramref name="i"/> that is not blank, or -1.</summary>
    public int NextNonBlank(int i)
    {
        for (var j = i + 1; j < _clean.Length; j++)
        {
            if (!IsBlank(j)) return j;
        }
        return -1;
    }
}

/// <summary>
/// <see cref="LinePatterns.Bullet"/> read by hand: an indent of blanks, tabs and no-break spaces, a mark, at least one
/// more of those, then the text from its first other character to the end of the line. The blanks after the mark end
/// where the text starts, so the pattern's only choice is settled by that character: the bullet holds when it is no
/// whitespace at all.
/// </summary>
/// <param name="IndentWidth">The indent's width, a tab counting four.</param>
/// <param name="MarkAt">Where the mark stands in the line.</param>
/// <param name="TextStart">Where the text starts in the line.</param>
internal readonly record struct BulletShape(int IndentWidth, int MarkAt, int TextStart)
{
    // The pattern's indent and separator characters, and its marks.
    private const string Blanks = " \t\u00A0";
    private const string Marks = "•●▪◦·-–*";

    /// <summary>The bullet shape of <paramref name="line"/> (a line of text, holding no line feed), or null.</summary>
    public static BulletShape? Read(ReadOnlySpan<char> line)
    {
        var mark = line.IndexOfAnyExcept(Blanks);
        if (mark < 0 || Marks.IndexOf(line[mark]) < 0) return null;
        var text = mark + 1;
        while (text < line.Length && Blanks.Contains(line[text])) text++;
        if (text == mark + 1 || text == line.Length || char.IsWhiteSpace(line[text])) return null;
        var width = 0;
        foreach (var c in line[..mark]) width += c == '\t' ? 4 : 1;
        return new BulletShape(width, mark, text);
    }
}
