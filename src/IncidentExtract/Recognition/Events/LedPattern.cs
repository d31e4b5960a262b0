using System.Text.RegularExpressions;

namespace IncidentExtract.Recognition.Events;

/// <summary>
/// A pattern with the words every one of its matches begins with (its leads), and the same pattern
/// anchored by <c>\G</c> to the position it is tried at. The pattern's own scan looks for any of a
/// dozen first letters and tries nearly every word of a sentence; here one vectorised search finds
/// where a lead starts and the anchored pattern is tried there only. A match starts with a lead, so
/// no position skipped could start one: the matches are exactly those of the pattern's own scan.
/// </summary>
/// <remarks>A text holding a character a case-insensitive pattern equates with an ASCII letter (see
/// <see cref="LiteralGate.HasCaseFoldOddity"/>) may start a match the ASCII lead search misses: such
/// a text is scanned by the pattern itself.</remarks>
internal sealed class LedPattern(Regex pattern, Regex anchored, LiteralGate leads)
{
    /// <summary>Whether a text must go to the pattern's own scan (see remarks).</summary>
    public bool NeedsFullScan(string text) => leads.IgnoresCase && LiteralGate.HasCaseFoldOddity(text);

    /// <summary>As <see cref="NeedsFullScan(string)"/>, for a text already searched for the oddities once for all its patterns.</summary>
    public bool NeedsFullScan(bool textHasCaseFoldOddity) => leads.IgnoresCase && textHasCaseFoldOddity;

    /// <summary>The leftmost match starting at or after <paramref name="from"/>, as the pattern's own scan
    /// from there would find it; <c>false</c> when there is none. Only for a text that does not
    /// <see cref="NeedsFullScan(string)"/>.</summary>
    public bool TryMatchFrom(string text, int from, out int index, out int length)
    {
        var at = from;
        while (at < text.Length)
        {
            var next = leads.IndexIn(text.AsSpan(at));
            if (next < 0) break;
            at += next;
            foreach (var m in anchored.EnumerateMatches(text, at))
            {
                index = m.Index;
                length = m.Length;
                return true;
            }
            at++;
        }
        index = length = 0;
        return false;
    }

    /// <summary>The words every match begins with, for a <see cref="LiteralGateSet"/> to find with others in one pass.</summary>
    internal LiteralGate Leads => leads;

    /// <summary>As <see cref="TryMatchFrom(string, int, out int, out int)"/>, with where the leads start already found:
    /// <paramref name="lead"/> is this pattern's bit in <paramref name="starts"/>, which were found in <paramref name="text"/>.
    /// Only for a text that does not <see cref="NeedsFullScan(bool)"/>.</summary>
    internal bool TryMatchFrom(string text, int from, LeadStarts starts, ulong lead, out int index, out int length)
    {
        for (var at = starts.Next(from, lead); at >= 0; at = starts.Next(at + 1, lead))
        {
            foreach (var m in anchored.EnumerateMatches(text, at))
            {
                index = m.Index;
                length = m.Length;
                return true;
            }
        }
        index = length = 0;
        return false;
    }

    /// <summary>As <see cref="IsMatch(string)"/>, with where the leads start already found (see
    /// <see cref="TryMatchFrom(string, int, LeadStarts, ulong, out int, out int)"/>).</summary>
    internal bool IsMatch(string text, LeadStarts starts, ulong lead)
    {
        if (NeedsFullScan(starts.HasCaseFoldOddity)) return pattern.IsMatch(text);
        for (var at = starts.Next(0, lead); at >= 0; at = starts.Next(at + 1, lead))
            if (anchored.IsMatch(text, at)) return true;
        return false;
    }

    /// <summary>Whether the pattern matches anywhere in <paramref name="text"/>.</summary>
    public bool IsMatch(string text)
    {
        if (NeedsFullScan(text)) return pattern.IsMatch(text);
        var at = 0;
        while (at < text.Length)
        {
            var next = leads.IndexIn(text.AsSpan(at));
            if (next < 0) return false;
            at += next;
            if (anchored.IsMatch(text, at)) return true;
            at++;
        }
        return false;
    }
}
