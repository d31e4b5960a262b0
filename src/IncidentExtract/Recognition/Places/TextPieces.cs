using System.Buffers;

namespace IncidentExtract.Recognition.Places;

/// <summary>
/// Cuts a text into the pieces a place name never spans: lines, and sentences where a full stop clearly ends one
/// ("… near Tadmur. ISIS …", "… (SANA, November 2, 2019). The army …"), not after an abbreviation or initial
/// ("St. Gallen", "Brgy. Nueva", "Jose C. Paz"). Each piece is trimmed of spaces and list markers, which no rule
/// of the recognizer reads, so a sentence is the same piece in its line, its block and its incident.
/// </summary>
internal static class TextPieces
{
    // A word this long before a full stop is no abbreviation ("Brgy.", "Gral.", "Hann." have four letters).
    private const int ShortestSentenceEndWord = 5;

    /// <summary>The pieces of <paramref name="text"/> as (start, length), in order; empty pieces are left out.</summary>
    public static List<(int Start, int Length)> Split(string text)
    {
        var pieces = new List<(int, int)>();
        var start = 0;
        var i = 0;
        while (true)
        {
            var next = text.AsSpan(i).IndexOfAny(Stops);
            if (next < 0) break;
            i += next;
            if (text[i] is '\n' or '\r') { Add(pieces, text, start, i); start = i + 1; }
            else if (EndsSentence(text, i)) { Add(pieces, text, start, i + 1); start = i + 1; }
            i++;
        }
        Add(pieces, text, start, text.Length);
        return pieces;
    }

    /// <summary>
    /// The parts of piece (<paramref name="start"/>, <paramref name="length"/>) of a text whose parentheticals are
    /// blanked (<see cref="PlaceResolver.MaskParentheticals"/>) that the recognizer reads apart, as (start, length),
    /// in order, into <paramref name="parts"/>. A blanked citation leaves no word before its full stop, so
    /// <see cref="Split"/> runs the sentence on into the next ("… in Homs            . The army …"): that whole run
    /// was a piece of its own, shared with nothing; cut apart, each sentence is the piece it is elsewhere.
    /// </summary>
    /// <remarks>
    /// A cut is made only in a gap of three or more characters that are no word characters, one of them no white
    /// space, after a word that is no article: the recognizer then reads nothing across it. A name goes on only across
    /// a gap of two characters (TryMatch, ActorNameIndex.LongestFrom); a neighbour counts only across one space
    /// (IsAdjacent, IsActorUse, an article before a capital); HasLocativeBefore looks back only over spaces; and only
    /// an article followed by another word is read as "al" inside a name. So the mentions of the parts, moved to
    /// their places, are exactly the mentions of the piece. Only gaps with a blanked run ("  ") in them are looked at:
    /// a cut elsewhere would be as exact, but shares no piece with another text.
    /// </remarks>
    public static void SplitAtBlankedAsides(string text, int start, int length, List<(int Start, int Length)> parts)
    {
        var end = start + length;
        var partStart = start;
        // Only a gap that holds a blanked run is looked at: the vectorised search for the runs skips the words between.
        var blank = text.AsSpan(start, length).IndexOf("  ", StringComparison.Ordinal);
        while (blank >= 0)
        {
            // The gap around the run: the characters between the end of a word and the start of the next.
            var gapStart = start + blank;
            while (gapStart > start && !PlaceNameFolding.IsWordChar(text[gapStart - 1])) gapStart--;
            var i = start + blank;
            var hasMark = false;
            while (i < end && !PlaceNameFolding.IsWordChar(text[i]))
            {
                hasMark |= !char.IsWhiteSpace(text[i]);
                i++;
            }
            if (i >= end) break;
            blank = text.AsSpan(i, end - i).IndexOf("  ", StringComparison.Ordinal);
            if (blank >= 0) blank += i - start;
            if (gapStart == start || !hasMark) continue;
            var piece = text.AsSpan(0, end);
            if (TokenScan.Previous(piece, TokenScan.Read(piece, i), out var last) && last.IsArticle) continue;
            // The part before ends at the gap's last mark, the next starts at its word (or the quote or bracket before
            // it), as Split trims a piece.
            var partEnd = i;
            while (char.IsWhiteSpace(text[partEnd - 1])) partEnd--;
            var nextStart = i;
            while (nextStart > gapStart && text[nextStart - 1] is '(' or '[' or '"' or '“' or '‘' or '\'') nextStart--;
            parts.Add((partStart, partEnd - partStart));
            partStart = nextStart;
        }
        parts.Add((partStart, end - partStart));
    }

    private static readonly SearchValues<char> Stops = SearchValues.Create(".!?\n\r");

    private static bool EndsSentence(string text, int stop)
    {
        // A single space, then a capital or digit: the next sentence's first word.
        if (stop + 2 >= text.Length || text[stop + 1] != ' ' || !(char.IsUpper(text[stop + 2]) || char.IsDigit(text[stop + 2]))) return false;
        if (text[stop] != '.' || stop == 0) return true;
        var before = text[stop - 1];
        if (before is ')' or '"' or '”' or '’' || char.IsDigit(before)) return true;
        var wordStart = stop;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        var length = stop - wordStart;
        return length >= ShortestSentenceEndWord || (length >= 2 && char.IsLower(text[wordStart]));
    }

    private static void Add(List<(int, int)> pieces, string text, int start, int end)
    {
        // Leading spaces and list markers ("• ", "- ") hold no word; brackets and quotes stay.
        while (start < end && !char.IsLetterOrDigit(text[start]) && text[start] is not ('(' or '[' or '"' or '“' or '‘' or '\'')) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) pieces.Add((start, end - start));
    }
}
