using System.Collections.Frozen;
using IncidentExtract.Recognition.Numbers;

namespace IncidentExtract.Recognition.Casualties;

internal enum TokenKind { Word, Number, Punctuation }

/// <summary>
/// A word, a recognised count (hedges included: "at least 23"), or a punctuation mark. A value, not an object:
/// a sentence holds some twenty tokens, and they live only as long as the sentence is read.
/// </summary>
internal readonly record struct Token(string Text, TokenKind Kind, NumberMention? Number = null)
{
    public bool IsWord(string word) => Kind == TokenKind.Word && Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && Text.Length == 1 && Text[0] == c;

    public bool IsWordIn(FrozenSet<string> words) => Kind == TokenKind.Word && words.Contains(Text);
}
