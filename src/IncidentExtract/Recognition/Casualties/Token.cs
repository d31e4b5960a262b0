using IncidentExtract.Recognition.Numbers;

namespace IncidentExtract.Recognition.Casualties;

internal enum TokenKind { Word, Number, Punctuation }

/// <summary>
/// A word, a recognised count (hedges included: "at least 23"), or a punctuation mark. A value that reads its word
/// in place in the sentence: a sentence holds some twenty tokens, read only while the sentence is, and most words
/// are only compared, never kept.
/// </summary>
internal readonly struct Token
{
    private readonly string _source;
    private readonly int _start;
    private readonly int _length;

    public Token(string text, TokenKind kind, NumberMention? number = null) : this(text, 0, text.Length, kind, number) { }

    private Token(string source, int start, int length, TokenKind kind, NumberMention? number)
    {
        _source = source;
        _start = start;
        _length = length;
        Kind = kind;
        Number = number;
    }

    /// <summary>The word <paramref name="sentence"/> holds at [<paramref name="start"/>, +<paramref name="length"/>).</summary>
    public static Token WordIn(string sentence, int start, int length) => new(sentence, start, length, TokenKind.Word, null);

    public TokenKind Kind { get; }

    public NumberMention? Number { get; }

    /// <summary>The token's characters, in place.</summary>
    public ReadOnlySpan<char> Span => _source.AsSpan(_start, _length);

    /// <summary>The token's text as a string (a copy, for a word read in place): for the few places that keep it.</summary>
    public string Text => _start == 0 && _length == _source.Length ? _source : _source.Substring(_start, _length);

    public bool IsWord(string word) => Kind == TokenKind.Word && Span.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && _length == 1 && _source[_start] == c;

    public bool IsWordIn(WordSet words) => Kind == TokenKind.Word && words.Contains(Span);

    public override string ToString() => Text;
}
