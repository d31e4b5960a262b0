using System.Buffers;
using System.Text.RegularExpressions;

namespace IncidentExtract.Recognition.Citations;

/// <summary>
/// Sources named in the running text:
/// "according to (a report by | an announcement by) X", "X reported/confirmed that" when X is a news
/// outlet or a journalist ("the Iraqi News Agency reported", "IranWire correspondent Umar Al-Ahmad reported"
/// → "Al-Ahmad"), a platform ("It announced on Twitter" → "Twitter") and a dash byline ("– CNN, January 2").
/// Not sources: a party announcing its own action ("the Popular Mobilization announced"; only
/// "according to" is taken from parties) and unnamed generic attributions ("Syrian media", "other reports").
/// An acronym in parentheses after a name ("(SANA)", "(SOHR)") is not repeated as a second source.
/// </summary>
public sealed partial class InlineSourceRecognizer
{
    public IReadOnlyList<InlineSource> Recognize(string text)
    {
        // Most texts name no source: one search rules them out instead of a search per rule below.
        if (!MayNameSource(text)) return [];
        var found = new List<InlineSource>();
        if (text.Contains("ccording to", StringComparison.Ordinal))
        {
            foreach (var m in AccordingTo().EnumerateMatches(text)) AddName(found, text, m.Index + m.Length);
        }
        if (text.Contains("correspondent", StringComparison.Ordinal))
        {
            foreach (Match m in Correspondent().Matches(text))
                found.Add(FromGroup(m.Groups["surname"]));
        }
        AddReporters(found, text);
        // The pattern ends on " on " and a platform's name: the name alone is in every citation of one ("(Telegram, …)").
        if (text.AsSpan().ContainsAny(OnPlatforms))
        {
            foreach (Match m in Platform().Matches(text)) found.Add(FromGroup(m.Groups["name"]));
        }
        // A byline starts with an en or em dash; most texts have none.
        if (text.AsSpan().IndexOfAny('–', '—') >= 0)
        {
            foreach (Match m in DashByline().Matches(text))
            {
                if (!InsideParentheses(text, m.Index)) found.Add(FromGroup(m.Groups["name"]));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        // One name per place: the correspondent pattern and "X reported" can both see "Al-Ahmad".
        for (var i = found.Count - 1; i > 0; i--)
        {
            if (found[i].Start < found[i - 1].Start + found[i - 1].Length) found.RemoveAt(i);
        }
        return found;
    }

    /// <summary>
    /// Words one of which every rule of <see cref="Recognize"/> needs ("ccording to", "correspondent", a reporting verb,
    /// "on" and a platform's name, not the name alone, which every citation of a platform holds), searched for at once; the dashes of a byline are searched for apart, being single characters.
    /// Without the spaces before the verbs the search is a superset, and faster: a space starts too many candidates.
    /// </summary>
    private static readonly SearchValues<string> Anchors = SearchValues.Create(
        ["ccording", "correspondent", "reported", "confirmed", "said", "stated", "noted", "added",
         "on Twitter", "on Telegram", "on Facebook", "on YouTube", "on Instagram", "on WhatsApp", "on TikTok"], StringComparison.Ordinal);

    /// <summary>Whether <paramref name="text"/> has what at least one rule needs: false means it names no source.</summary>
    internal static bool MayNameSource(ReadOnlySpan<char> text) => text.ContainsAny(Anchors) || text.ContainsAny('–', '—');

    private static InlineSource FromGroup(Group g) => new(g.Index, g.Length, g.Value);

    /// <summary>A dash inside "(Edlib Media Center – EMC, …)" belongs to a citation, not a byline.</summary>
    private static bool InsideParentheses(string text, int at)
    {
        // The nearest parenthesis before the dash decides; citations do not nest.
        var last = text.AsSpan(0, at).LastIndexOfAny('(', ')');
        return last >= 0 && text[last] == '(';
    }

    /// <summary>The name right after "according to …": capitalised words and their connectors.</summary>
    private static void AddName(List<InlineSource> found, string text, int start)
    {
        if (ReadName(text, start) is not { } span) return;
        var name = text.Substring(span.Start, span.Length);
        if (IsGeneric(name)) return;
        found.Add(new InlineSource(span.Start, span.Length, name));
    }

    private static readonly SearchValues<string> OnPlatforms = SearchValues.Create(
        [" on Twitter", " on Telegram", " on Facebook", " on YouTube", " on Instagram", " on WhatsApp", " on TikTok"], StringComparison.Ordinal);

    private static readonly string[] ReportingVerbs = [" reported", " confirmed", " said", " stated", " noted", " added"];
    private static readonly SearchValues<string> AnyReportingVerb = SearchValues.Create(ReportingVerbs, StringComparison.Ordinal);

    /// <summary>"X reported/confirmed that": only news outlets, monitors and journalists are sources here.</summary>
    private static void AddReporters(List<InlineSource> found, string text)
    {
        // Find the verbs first and read the name backwards from each, instead of trying a name at every capital.
        // One search finds every verb; at most one starts at a place (none is the start of another).
        List<(int Verb, int At)>? hits = null;
        for (var at = IndexOfReportingVerb(text, 0); at >= 0; at = IndexOfReportingVerb(text, at + 1))
        {
            var verb = 0;
            while (!text.AsSpan(at).StartsWith(ReportingVerbs[verb], StringComparison.Ordinal)) verb++;
            (hits ??= []).Add((verb, at));
        }
        if (hits is null) return;
        // The names are taken verb by verb, as one search per verb would find them: the order of equal starts stays as it was.
        for (var v = 0; v < ReportingVerbs.Length; v++)
        {
            var verb = ReportingVerbs[v];
            foreach (var (hitVerb, at) in hits)
            {
                if (hitVerb != v) continue;
                var end = at + verb.Length;
                if (end < text.Length && char.IsLetter(text[end])) continue;
                if (text.AsSpan(end).StartsWith(" by", StringComparison.Ordinal)) continue;
                var windowStart = Math.Max(0, at - 120);
                if (!MayEndName(text, windowStart, at)) continue;
                var m = ReporterName().Match(text, windowStart, at - windowStart);
                if (!m.Success) continue;
                var name = m.Groups["name"];
                var value = WithoutLeadingArticle(name.Value);
                if (value.Length == 0 || !LooksLikeReporter(value)) continue;
                found.Add(new InlineSource(name.Index + name.Length - value.Length, value.Length, value));
            }
        }
    }

    /// <summary>
    /// Whether the name pattern can end at <paramref name="end"/>: it ends on a capitalised word (a capital
    /// anywhere in the last word will do for it), on "of", "for", "and", "al", "official", or on an acronym in
    /// parentheses. A last word of lower-case ASCII only ("he said", "sources reported") rules it out; anything
    /// less plain (a capital, a letter outside ASCII, a parenthesis, a line break) is left to the pattern.
    /// </summary>
    internal static bool MayEndName(string text, int windowStart, int end)
    {
        var i = end;
        while (i > windowStart)
        {
            var c = text[i - 1];
            if (!char.IsAscii(c) || char.IsAsciiLetterUpper(c)) return true;
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '\'' or '-')) break;
            i--;
        }
        if (i == windowStart) return true; // the word may go on before the window: left to the pattern
        if (i == end) return text[end - 1] is ')' or '\n'; // "$" also matches before a final line break
        return text.AsSpan(i, end - i) is "of" or "for" or "and" or "al" or "official";
    }

    private static int IndexOfReportingVerb(string text, int from)
    {
        if (from >= text.Length) return -1;
        var hit = text.AsSpan(from).IndexOfAny(AnyReportingVerb);
        return hit < 0 ? -1 : from + hit;
    }

    /// <summary>
    /// A name: capitalised words ("Syrian Observatory for Human Rights", "ISIS’s West Africa Province",
    /// "Deir ez-Zor 24"), joined by lower-case connectors only when a capitalised word follows, plus a
    /// final lower-case head for forces ("the Mali army").
    /// </summary>
    internal static (int Start, int Length)? ReadName(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] == ' ') i++;
        if (i + 4 <= text.Length && text.AsSpan(i, 4).SequenceEqual("the ")) i += 4;
        var nameStart = i;
        var nameEnd = i;
        while (i < text.Length)
        {
            var wordStart = i;
            while (i < text.Length && IsNameChar(text[i])) i++;
            if (i == wordStart)
            {
                // An en dash inside a name: "Edlib Media Center – EMC".
                if (text[i] == '–' && nameEnd > nameStart && i + 2 < text.Length && char.IsUpper(text[i + 2])) { i += 2; continue; }
                break;
            }
            var word = text.AsSpan(wordStart, i - wordStart);
            if (char.IsUpper(word[0]) || char.IsDigit(word[0]) || word[0] == '@' || IsArticledName(word))
            {
                nameEnd = i;
            }
            else if (nameEnd > nameStart && IsForceHead(word))
            {
                nameEnd = i;
                break;
            }
            else if (!(nameEnd > nameStart && IsConnector(word))) break;
            if (i < text.Length && text[i] == '.' && IsTitle(text.AsSpan(wordStart, i - wordStart))) i++;
            if (i >= text.Length || text[i] != ' ') break;
            i++;
        }
        if (nameEnd == nameStart) return null;
        return (nameStart, nameEnd - nameStart);
    }

    /// <summary>"ez-Zor", "al-Sham": a lower-case article joined to a capitalised name.</summary>
    private static bool IsArticledName(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen is > 0 and <= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]);
    }

    private static bool IsNameChar(char c) =>
        char.IsLetterOrDigit(c) || c is '-' or '’' or '\'' or '@' or '_';

    private static bool IsConnector(ReadOnlySpan<char> w) =>
        w is "of" or "for" or "and" or "al" or "el" or "bin" or "ibn" or "de" or "la" or "ez" or "az" or "the";

    private static bool IsForceHead(ReadOnlySpan<char> w) =>
        w is "army" or "forces" or "police" or "website" or "channel" or "ministry";

    private static bool IsTitle(ReadOnlySpan<char> w) =>
        w is "Col" or "Gen" or "Maj" or "Lt" or "Dr" or "Mr" or "Mrs" or "Sgt" or "Capt" or "Cmdr";

    /// <summary>
    /// Nationalities and generic heads that name nobody in particular ("Syrian media", "US officials"). A name read by
    /// <see cref="ReadName"/> is words joined by single spaces, so its last word follows its last space.
    /// </summary>
    internal static bool IsGeneric(string name)
    {
        var lastSpace = name.LastIndexOf(' ');
        var last = name.AsSpan(lastSpace + 1);
        if (GenericHead().IsMatch(last)) return true;
        return lastSpace < 0 && Nationality().IsMatch(last);
    }

    /// <summary>The name without a leading "The "/"the ", then "official ": what the pattern <c>^(?:The |the )?(?:official )?</c> removes.</summary>
    internal static string WithoutLeadingArticle(string name)
    {
        var start = name.StartsWith("The ", StringComparison.Ordinal) || name.StartsWith("the ", StringComparison.Ordinal) ? 4 : 0;
        if (name.AsSpan(start).StartsWith("official ", StringComparison.Ordinal)) start += 9;
        return start == 0 ? name : name[start..];
    }

    /// <summary>"X reported" is a source when X is an outlet, a monitor or a journalist's surname.</summary>
    private static bool LooksLikeReporter(string name)
    {
        if (MediaWord().IsMatch(name)) return true;
        // A single Arabic-style surname ("Al-Ahmad") is how these reports refer back to their correspondent.
        return SurnameOnly().IsMatch(name);
    }

    [GeneratedRegex(@"\b[Aa]ccording to(?: (?:a|an|the) (?:report|announcement|statement|communiqué|claim|post|tweet)s? (?:by|of|from))?", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\bcorrespondents? (?:[A-Z][\w’'-]+ )?(?<surname>(?:(?:Al|El|Abu|Ibn|al|el)-)?[A-Z][\w’'-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Correspondent();

    [GeneratedRegex(@"(?<name>[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|for|and|al|official))*)(?: \([A-Z]{2,8}\))?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    internal static partial Regex ReporterName();

    [GeneratedRegex(@"\b(?:announced|reported|said|stated|posted|wrote|published|tweeted)(?: it)? on (?<name>Twitter|Telegram|Facebook|YouTube|Instagram|WhatsApp|TikTok)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Platform();

    [GeneratedRegex(@"(?<=^|\s)[–—] (?<name>[A-Z][\w&.’' -]{1,40}?), (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DashByline();

    [GeneratedRegex(@"^(?:media|reports?|sources?|officials?|experts?|analysts?|activists?|residents?|witnesses|estimates|assessments?|statements?|announcements?|sites?|websites?|outlets?|newspapers?)$", RegexOptions.CultureInvariant)]
    private static partial Regex GenericHead();

    [GeneratedRegex(@"^(?:US|U\.S\.|American|Syrian|Iraqi|Afghan|Russian|Turkish|Iranian|Israeli|Kurdish|Egyptian|Arab|Western|Pakistani|Indian|Lebanese|Jordanian|Saudi|Yemeni|Libyan|Malian|Nigerian|Nigerien|Somali|Kenyan|Algerian|Philippine|European|French|British|German|Local|Official|Other|Several|Some|Many|Various)$", RegexOptions.CultureInvariant)]
    private static partial Regex Nationality();

    [GeneratedRegex(@"\b(?:News|Agency|Observatory|TV|Television|Radio|Channel|Times|Post|Press|Network|Media|Gazette|Herald|Journal|Tribune|Reuters|AFP|CNN|BBC|Al-Jazeera|Al Jazeera|Sumaria|Sputnik)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MediaWord();

    [GeneratedRegex(@"^(?:Al|El|Abu|Ibn)-[A-Z][a-z’']+$", RegexOptions.CultureInvariant)]
    private static partial Regex SurnameOnly();
}
