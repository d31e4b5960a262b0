namespace IncidentExtract.Recognition.Citations;

/// <summary>
/// Hands out a text's pairs of parentheses as they close, innermost first:
/// "near Haditha (around 195 km northwest of Baghdad) (Shabakat Shumukh, February 2, 2019)" gives the remark,
/// then the citation; "(… (that it controls) …)" gives the inner pair before the outer. A closing parenthesis
/// with nothing open is skipped; one left open gives no pair. The citation parser and the actor reader both
/// walk parentheses this way, jumping from one to the next rather than reading every character.
/// </summary>
public ref struct ParenthesisPairs
{
    private readonly string _text;
    // The open parentheses not closed yet, innermost last: room from the caller (a few on its stack); a deeper
    // nesting spills into an array of its own.
    private Span<int> _open;
    private int _depth;
    private int _next;

    /// <param name="text">The text.</param>
    /// <param name="first">Where to start: its first '(' (found by the caller, which has usually looked for one).</param>
    /// <param name="open">Room for the parentheses still open.</param>
    public ParenthesisPairs(string text, int first, Span<int> open)
    {
        _text = text;
        _open = open;
        _next = first >= 0 && first < text.Length ? Next(text, first) : -1;
    }

    /// <summary>The next pair to close: the places of its '(' and its ')'.</summary>
    public bool MoveNext(out int open, out int close)
    {
        while (_next >= 0)
        {
            var at = _next;
            _next = Next(_text, at + 1);
            if (_text[at] == '(')
            {
                if (_depth == _open.Length)
                {
                    var deeper = new int[Math.Max(4, _open.Length * 2)];
                    _open.CopyTo(deeper);
                    _open = deeper;
                }
                _open[_depth++] = at;
            }
            else if (_depth > 0)
            {
                open = _open[--_depth];
                close = at;
                return true;
            }
        }
        open = close = -1;
        return false;
    }

    /// <summary>
    /// Whether the pair from <paramref name="open"/> to <paramref name="close"/> may be a citation: one holds a
    /// date, so a digit, and is at least "(X, 2019" long. "(SDF)" and "(that it controls)" are not.
    /// </summary>
    public static bool MayBeCitation(string text, int open, int close) =>
        close - open >= 6 && text.AsSpan(open, close - open).IndexOfAnyInRange('0', '9') >= 0;

    private static int Next(string text, int from)
    {
        var hit = text.AsSpan(from).IndexOfAny('(', ')');
        return hit < 0 ? -1 : from + hit;
    }
}
