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
