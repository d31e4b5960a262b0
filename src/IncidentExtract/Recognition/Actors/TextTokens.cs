namespace IncidentExtract.Recognition.Actors;

/// <summary>
/// A word or a punctuation mark of a text, by position. A mark carries its normalised spelling in
/// <see cref="Mark"/> ("’" reads as "'", "“" as "\""); a word has none, its folded form is made on demand.
/// </summary>
internal readonly record struct Token(int Start, int End, string? Mark)
{
    public bool IsWord => Mark is null;
}

/// <summary>Splits a text into words (letters, digits, inner hyphens and apostrophes) and punctuation marks.</summary>
internal static class TextTokens
{
    public static List<Token> Tokenize(string text) => Tokenize(text, out _);

    /// <summary>
    /// The tokens, and in <paramref name="joiners"/> the positions of the hyphens and apostrophes inside words
    /// in text order (null when there are none): there a word of the actor recogniser starts ("Qaeda" of "Al-Qaeda").
    /// </summary>
    public static List<Token> Tokenize(string text, out List<int>? joiners)
    {
        joiners = null;
        var tokens = new List<Token>(text.Length / 4 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d)) { i++; continue; }
                    // Most words end at a space or a comma: the joiner test proper is made only at a joiner.
                    if (d is not ('-' or '\'' or '’') || !IsInnerJoiner(text, i)) break;
                    (joiners ??= []).Add(i);
                    i++;
                }
                tokens.Add(new Token(start, i, null));
                continue;
            }
            // The possessive "’s" is one token so that "ISIS’s" reads as actor + possessive.
            if (c is '’' or '\'' && i + 1 < text.Length && text[i + 1] is 's' or 'S'
                && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                tokens.Add(new Token(i, i + 2, "'s"));
                i += 2;
                continue;
            }
            tokens.Add(new Token(i, i + 1, c switch
            {
                '’' or '‘' => "'", '“' or '”' => "\"", '–' or '—' => "-",
                ',' => ",", '.' => ".", ';' => ";", ':' => ":", '(' => "(", ')' => ")", '[' => "[", ']' => "]", '"' => "\"", '-' => "-", '\'' => "'",
                _ => c.ToString(),
            }));
            i++;
        }
        return tokens;
    }

    /// <summary>A hyphen or apostrophe between letters belongs to the word ("Al-Sham", "Hay'at"), not "ISIS’s".</summary>
    private static bool IsInnerJoiner(string text, int i)
    {
        var c = text[i];
        if (c is not ('-' or '\'' or '’')) return false;
        if (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])) return false;
        if (c != '-' && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2]))) return false;
        return true;
    }
}
