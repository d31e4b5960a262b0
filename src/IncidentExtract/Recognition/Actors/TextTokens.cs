using System.Buffers;

namespace IncidentExtract.Recognition.Actors;

/// <summary>
/// A word or a punctuation mark of a text, by position. A mark carries its normalised character in
/// <see cref="Symbol"/> ("’" reads as "'", "“" as "\""); the possessive "’s" is one mark; a word has none, its
/// folded form is made on demand. Holds no reference, so that a text's tokens are stored without a GC write barrier each.
/// </summary>
internal readonly record struct Token(int Start, int End, char Symbol, TokenKind Kind)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>The mark as a string ("'s" for the possessive), null for a word.</summary>
    public string? Mark => Kind switch
    {
        TokenKind.Word => null,
        TokenKind.Possessive => "'s",
        _ => Symbol.ToString(),
    };
}

internal enum TokenKind : byte
{
    Word,
    Mark,
    /// <summary>"’s" or "'s" after a word: one token, so that "ISIS’s" reads as actor + possessive.</summary>
    Possessive,
}

/// <summary>
/// One text's tokens in an array rented from the shared pool, and the positions of its word joiners
/// (<see cref="TextTokens.Tokenize(string, out List{int}?)"/>). Every incident is tokenized, and a fresh
/// array each time was a twentieth of the whole run's allocation: the reading returns it once done.
/// </summary>
internal sealed class TokenBuffer : IDisposable
{
    private Token[] _items;

    public TokenBuffer(int capacity) => _items = ArrayPool<Token>.Shared.Rent(capacity);

    public int Count { get; private set; }

    /// <summary>The hyphens and apostrophes inside words, in text order; null when there are none.</summary>
    public List<int>? Joiners { get; private set; }

    public ReadOnlySpan<Token> AsSpan() => _items.AsSpan(0, Count);

    internal void Fill(int count, List<int>? joiners) => (Count, Joiners) = (count, joiners);

    /// <summary>The rented array itself, its first <see cref="Count"/> items the tokens: for the classifier's indexed reads.</summary>
    internal Token[] Items => _items;

    public void Dispose()
    {
        var items = _items;
        _items = [];
        Count = 0;
        if (items.Length > 0) ArrayPool<Token>.Shared.Return(items);
    }
}

/// <summary>
/// Told each run of letters and digits as <see cref="TextTokens"/> meets it, in text order: a word token's runs
/// split at its joiners ("Al", "Qaeda" of "Al-Qaeda"), and the "s" of a possessive. A struct, so that the
/// tokenizer's loop is compiled with the reader inlined: the actor recogniser reads the words while their
/// characters are at hand, not in a second loop over the tokens.
/// </summary>
internal interface IWordRunReader
{
    void Read(int start, int end);
}

/// <summary>Splits a text into words (letters, digits, inner hyphens and apostrophes) and punctuation marks.</summary>
internal static class TextTokens
{
    private struct NoReader : IWordRunReader
    {
        public readonly void Read(int start, int end) { }
    }

    public static List<Token> Tokenize(string text) => Tokenize(text, out _);

    /// <summary>
    /// The tokens, and in <paramref name="joiners"/> the positions of the hyphens and apostrophes inside words
    /// in text order (null when there are none): there a word of the actor recogniser starts ("Qaeda" of "Al-Qaeda").
    /// </summary>
    public static List<Token> Tokenize(string text, out List<int>? joiners)
    {
        using var buffer = Rent(text);
        joiners = buffer.Joiners;
        return [.. buffer.AsSpan()];
    }

    /// <summary>As <see cref="Tokenize(string, out List{int}?)"/>, into a pooled buffer the caller disposes.</summary>
    public static TokenBuffer Rent(string text)
    {
        var none = new NoReader();
        return Rent(text, ref none);
    }

    /// <summary>As <see cref="Rent(string)"/>, telling <paramref name="reader"/> each run of letters and digits met.</summary>
    public static TokenBuffer Rent<TReader>(string text, ref TReader reader) where TReader : struct, IWordRunReader
    {
        // A token holds one character at least: the text's length bounds their number.
        var buffer = new TokenBuffer(text.Length);
        var tokens = buffer.Items;
        var n = 0;
        List<int>? joiners = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var wordStart = i;
                var start = i;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d)) { i++; continue; }
                    // Most words end at a space or a comma: the joiner test proper is made only at a joiner.
                    if (d is not ('-' or '\'' or '’') || !IsInnerJoiner(text, i)) break;
                    (joiners ??= []).Add(i);
                    reader.Read(start, i);
                    start = ++i;
                }
                reader.Read(start, i);
                tokens[n++] = new Token(wordStart, i, '\0', TokenKind.Word);
                continue;
            }
            // The possessive "’s" is one token so that "ISIS’s" reads as actor + possessive.
            if (c is '’' or '\'' && i + 1 < text.Length && text[i + 1] is 's' or 'S'
                && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                tokens[n++] = new Token(i, i + 2, '\'', TokenKind.Possessive);
                reader.Read(i + 1, i + 2);
                i += 2;
                continue;
            }
            tokens[n++] = new Token(i, i + 1, c switch
            {
                '’' or '‘' => '\'', '“' or '”' => '"', '–' or '—' => '-',
                _ => c,
            }, TokenKind.Mark);
            i++;
        }
        buffer.Fill(n, joiners);
        return buffer;
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
