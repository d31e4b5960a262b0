using System.Buffers;
using IncidentExtract.Recognition.Dates;
using IncidentExtract.Recognition.Numbers;

namespace IncidentExtract.Recognition.Casualties;

/// <summary>
/// Turns an incident's text into sentences of tokens. Parentheses are dropped (citations, asides such as
/// "(according to their photos, they appear to be around 17 years old)") unless they state casualties
/// themselves ("(14 dead, 18 wounded)"); footnote marks and quotation marks go too.
/// </summary>
internal sealed class SentenceTokenizer(INumberRecognizer numbers)
{
    // Cleaning can join two pieces into a casualty word only where it removes a quotation mark or a footnote's
    // brackets; a parenthesis leaves a space or commas.
    private static readonly SearchValues<char> JoiningMarks = SearchValues.Create("“”\"«»[");
    private static readonly SearchValues<char> ParenthesesAndJoiningMarks = SearchValues.Create("(“”\"«»[");
    private static readonly string[] Abbreviations = ["Col", "Maj", "Gen", "Lt", "Capt", "Sgt", "Mr", "Mrs", "Dr", "St", "No", "e", "i", "vs", "Jr", "U", "S"];

    /// <summary>The tokenised sentences (clauses) of the texts that may state casualties; the others are skipped unread.</summary>
    public IEnumerable<List<Token>> Sentences(IReadOnlyList<string> texts)
    {
        var sentences = new List<(int Start, int Length)>();
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            // What is searched for casualty words is the cleaned text; most texts spell none and are not cleaned.
            string cleaned;
            int hit;
            var split = false;
            var marks = text.AsSpan().IndexOfAny(ParenthesesAndJoiningMarks);
            if (marks < 0)
            {
                // Cleaning only turns spacing into spaces here, every character keeping its place.
                if ((hit = CasualtyWords.IndexOfTrigger(text, 0)) < 0) continue;
                cleaned = Clean(text);
            }
            else if (text.AsSpan(marks).IndexOfAny(JoiningMarks) < 0)
            {
                if (!CleanedSpellsCasualtyWord(text, marks)) continue;
                cleaned = Clean(text);
                SplitSentences(cleaned, sentences);
                split = true;
                // The cleaned text spells a casualty word: when it is one sentence, the word lies inside it (a word
                // is letters, never the spaces trimmed off), and the sentence need not be searched again to know it.
                hit = sentences.Count == 1 ? sentences[0].Start : CasualtyWords.IndexOfTrigger(cleaned, 0);
            }
            else
            {
                cleaned = Clean(text);
                hit = CasualtyWords.IndexOfTrigger(cleaned, 0);
            }
            // A sentence that spells no casualty word yields no finding: it is not tokenised at all.
            if (hit < 0) continue;
            if (!split) SplitSentences(cleaned, sentences);
            foreach (var (start, length) in sentences)
            {
                // One forward search serves all the sentences: the next casualty word at or after a sentence's
                // start lies inside it when it starts before its end, since a casualty word (letters only) cannot
                // reach over the mark or the spaces that end a sentence.
                if (hit < start && (hit = CasualtyWords.IndexOfTrigger(cleaned, start)) < 0) break;
                if (hit >= start + length) continue;
                foreach (var clause in SplitContrastedReports(Tokenize(cleaned.Substring(start, length))))
                    yield return clause;
            }
        }
    }

    /// <summary>
    /// Whether <see cref="Clean"/> would give a text that spells a casualty word, read in place, for a text with
    /// parentheses but no quotation marks or footnotes (the first parenthesis at <paramref name="firstParenthesis"/>).
    /// The cleaned text is then the pieces outside the parentheses, and the insides that state casualties, joined
    /// by spaces or commas: a casualty word (letters only) lies within one piece, so the pieces are searched one by one,
    /// leaving the parentheses Clean drops (mostly citations) unread.
    /// </summary>
    internal static bool CleanedSpellsCasualtyWord(string text, int firstParenthesis)
    {
        var from = 0;
        for (var open = firstParenthesis; open >= 0;)
        {
            if (CasualtyWords.MayStateCasualties(text.AsSpan(from, open - from))) return true;
            var close = MatchingClose(text, open);
            if (close > open)
            {
                var inner = text.AsSpan(open + 1, close - open - 1);
                if (StatesCasualties(inner)) return true; // its tally words are casualty words
                from = close + 1;
            }
            else from = open + 1; // an unclosed parenthesis stays, a mark between two pieces
            var next = from < text.Length ? text.AsSpan(from).IndexOf('(') : -1;
            open = next < 0 ? -1 : from + next;
        }
        return CasualtyWords.MayStateCasualties(text.AsSpan(from));
    }

    private static readonly SearchValues<char> CleanedMarks = SearchValues.Create("([“”\"«»\u00A0\t\n\r");

    /// <summary>
    /// Drops parentheses (keeping those that state casualties, between commas), footnote marks and quotation
    /// marks, and turns tabs, line breaks and no-break spaces into spaces. A text with none of these is returned as it is.
    /// </summary>
    internal static string Clean(string text)
    {
        var first = text.AsSpan().IndexOfAny(CleanedMarks);
        if (first < 0) return text;
        // Built in a pooled buffer and copied once into the string: a StringBuilder would allocate a buffer of its own.
        var sb = new PooledText(text.Length + 8);
        try
        {
            sb.Append(text.AsSpan(0, first));
            CleanFrom(text, first, ref sb);
            return sb.ToString();
        }
        finally { sb.Dispose(); }
    }

    private static void CleanFrom(string text, int first, ref PooledText sb)
    {
        var i = first;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                var close = MatchingClose(text, i);
                if (close > i)
                {
                    var inner = text.AsSpan(i + 1, close - i - 1);
                    if (c == '(' && StatesCasualties(inner))
                    {
                        sb.Append(", ");
                        sb.Append(inner);
                        sb.Append(", ");
                    }
                    else if (c == '[' && !IsAllDigits(inner)) sb.Append(inner); // "[Tahtani]" is part of a name
                    else sb.Append(' ');
                    i = close + 1;
                    continue;
                }
            }
            if (c is '“' or '”' or '"' or '«' or '»') { i++; continue; }
            if (c is '\u00A0' or '\t' or '\n' or '\r' or '(' or '[')
            {
                sb.Append(c is '(' or '[' ? c : ' ');
                i++;
                continue;
            }
            // Plain text up to the next mark is copied whole.
            var run = text.AsSpan(i).IndexOfAny(CleanedMarks);
            var runEnd = run < 0 ? text.Length : i + run;
            sb.Append(text.AsSpan(i, runEnd - i));
            i = runEnd;
        }
    }

    internal static int MatchingClose(string text, int open)
    {
        var openChar = text[open];
        var closeChar = openChar == '(' ? ')' : ']';
        var depth = 0;
        for (var j = open; j < text.Length; j++)
        {
            if (text[j] == openChar) depth++;
            else if (text[j] == closeChar && --depth == 0) return j;
        }
        return -1;
    }

    // With invariant globalization, Contains(…, OrdinalIgnoreCase) is a scalar loop per word; a SearchValues
    // search has the same meaning, for the four words at once, and is vectorised.
    internal static readonly SearchValues<string> TallyWords =
        SearchValues.Create(["dead", "killed", "wounded", "injured"], StringComparison.OrdinalIgnoreCase);

    // A citation's date rules a parenthesis out before the search for tally words: most parentheses are citations.
    private static bool StatesCasualties(ReadOnlySpan<char> inner) =>
        inner.ContainsAnyInRange('0', '9')
        && !inner.Contains(", 20", StringComparison.Ordinal) && !inner.Contains(", 19", StringComparison.Ordinal) // a citation's date
        && inner.ContainsAny(TallyWords);

    internal static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return s.Length > 0;
    }

    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(";.!?");

    /// <summary>The sentences of <paramref name="text"/> as (start, length), each trimmed of white space; empty ones are left out.</summary>
    private static void SplitSentences(string text, List<(int Start, int Length)> into)
    {
        into.Clear();
        var start = 0;
        for (var i = text.AsSpan().IndexOfAny(SentenceMarks); i >= 0;)
        {
            if (IsSentenceEnd(text, i))
            {
                AddTrimmed(text, start, i + 1, into);
                start = i + 1;
            }
            var next = text.AsSpan(i + 1).IndexOfAny(SentenceMarks);
            i = next < 0 ? -1 : i + 1 + next;
        }
        AddTrimmed(text, start, text.Length, into);
    }

    // As string.Trim: char.IsWhiteSpace at both ends.
    private static void AddTrimmed(string text, int start, int end, List<(int Start, int Length)> into)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) into.Add((start, end - start));
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        var c = text[i];
        if (c == ';') return true;
        if (c is not ('.' or '!' or '?')) return false;
        var next = TextScan.SkipSpaces(text, i + 1);
        if (next >= text.Length) return true;
        if (next == i + 1 || !(char.IsUpper(text[next]) || char.IsDigit(text[next]))) return false; // "99.5", "i.e., "
        return c != '.' || !IsAbbreviation(text, i);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        foreach (var a in Abbreviations)
            if (word.SequenceEqual(a)) return true;
        return word.Length == 1 && char.IsUpper(word[0]); // initials: "Daniel R. Coats"
    }

    /// <summary>
    /// ", while the army said only 3 died": a second source's version inside one sentence is split off,
    /// so that it counts as another account rather than being added.
    /// </summary>
    private static IEnumerable<List<Token>> SplitContrastedReports(List<Token> tokens)
    {
        var start = 0;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i - 1].IsPunctuation(',') || !(tokens[i].IsWord("while") || tokens[i].IsWord("whereas") || tokens[i].IsWord("but"))) continue;
            var reported = false;
            for (var k = i + 1; k < tokens.Count && k <= i + 5; k++)
                reported |= tokens[k].IsWordIn(ReportingVerbs);
            if (!reported) continue;
            yield return tokens.GetRange(start, i - start);
            start = i;
        }
        yield return start == 0 ? tokens : tokens.GetRange(start, tokens.Count - start);
    }

    internal static readonly WordSet ReportingVerbs = new(
    [
        "said", "says", "claimed", "claims", "reported", "reports", "announced", "stated", "put", "according", "confirmed",
    ]);

    private List<Token> Tokenize(string sentence)
    {
        var mentions = numbers.Recognize(sentence);
        var tokens = new List<Token>(sentence.Length / 5);
        var m = 0;
        // The next number's start in a local: the recogniser's list is read through its interface, and the test runs at every character.
        var nextNumber = mentions.Count > 0 ? mentions[0].Start : int.MaxValue;
        var i = 0;
        while (i < sentence.Length)
        {
            if (nextNumber == i)
            {
                var mention = mentions[m];
                tokens.Add(new Token(mention.Text, TokenKind.Number, mention));
                i = mention.End;
                nextNumber = ++m < mentions.Count ? mentions[m].Start : int.MaxValue;
                continue;
            }
            var c = sentence[i];
            if (char.IsLetterOrDigit(c))
            {
                var end = i + 1;
                while (end < sentence.Length && (char.IsLetterOrDigit(sentence[end])
                       || sentence[end] is '\'' or '’' or '-' && end + 1 < sentence.Length && char.IsLetterOrDigit(sentence[end + 1])))
                    end++;
                if (nextNumber < end && nextNumber > i) end = nextNumber;
                tokens.Add(Token.WordIn(sentence, i, end - i));
                i = end;
                continue;
            }
            // Most characters between words are spaces, which make no token.
            if (c != ' ' && PunctuationMark(c) is { } mark) tokens.Add(new Token(mark, TokenKind.Punctuation));
            i++;
        }
        return tokens;
    }

    // The marks' texts are literals: no string per occurrence.
    private static string? PunctuationMark(char c) => c switch
    {
        ',' => ",", ';' => ";", ':' => ":", '.' => ".", '–' => "–", '—' => "—", '!' => "!", '?' => "?", _ => null,
    };
}
