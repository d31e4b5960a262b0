using System.Text;
using IncidentExtract.Gazetteers;

namespace IncidentExtract.Recognition.Places;

/// <summary>
/// Finds gazetteer place names in text. Built once per gazetteer (the index build is the expensive part)
/// and safe to share between threads: it holds no per-call state.
/// </summary>
/// <remarks>
/// Index: every name and alias folded (<see cref="PlaceNameFolding"/>) into one key per token sequence,
/// in a hash that also records which keys are prefixes of longer names. A scan tokenises the text once and
/// tries extensions only from capitalised tokens, so its cost per character does not depend on how many
/// places the gazetteer holds.
/// </remarks>
public sealed class PlaceRecognizer
{
    private const int MaxNameTokens = 7;

    private readonly PlaceNameTable _names;
    private readonly PlaceGuards _guards;
    private readonly ActorNameIndex _actorNames;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _demonyms;

    public PlaceRecognizer(Gazetteer gazetteer)
    {
        _guards = PlaceGuards.LoadEmbedded();
        _actorNames = ActorNameIndex.From(gazetteer.Actors);
        _demonyms = new Dictionary<string, string>(_guards.Demonyms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _names = gazetteer.PlaceIndex ?? BuildIndex(gazetteer.Places);
        CountryKeys = CountryKeys.From(_names, MaxNameTokens);
        foreach (var place in gazetteer.Places)
        {
            if (place.Kind == PlaceKind.Country) _countries.TryAdd(place.Country, place);
            else if (place.Kind == PlaceKind.Admin1) _regions.TryAdd((place.Country, place.Name), place);
        }
    }

    /// <summary>The name index of <paramref name="places"/>: every folded name and alias, and every word prefix of one.</summary>
    internal static PlaceNameTable BuildIndex(IReadOnlyList<Place> places)
    {
        var builder = new PlaceIndexBuilder(places.Count * 4);
        foreach (var place in places)
        {
            builder.Add(place.Name, place);
            foreach (var alias in place.Aliases) builder.Add(alias, place);
        }
        return PlaceNameTable.From(builder.Build(), places);
    }

    private readonly Dictionary<string, Place> _countries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The keys of the names that mean a country, to find a report's countries without recognizing every sentence.</summary>
    internal CountryKeys CountryKeys { get; }
    private readonly Dictionary<(string Country, string Name), Place> _regions = new();

    /// <summary>The gazetteer's entry for a first-level region, by country and canonical name.</summary>
    public Place? Region(string country, string name) => _regions.GetValueOrDefault((country, name));

    /// <summary>The gazetteer's entry for a country, by its canonical name.</summary>
    public Place? Country(string name) => _countries.GetValueOrDefault(name);

    /// <summary>The country a demonym names ("Israeli" → Israel), or null; case and diacritics are ignored.</summary>
    public string? CountryOfDemonym(string word) =>
        _guards.Demonyms.GetValueOrDefault(string.Join(' ', PlaceNameFolding.Tokenize(word)));

    /// <summary>The countries the capitalised demonyms of <paramref name="text"/> name, in order of first use.</summary>
    internal List<(int Start, int End, string Country)> Demonyms(string text)
    {
        // Only capitalised words can be demonyms: jump from capital to capital (a vectorised search) instead of
        // reading every word of the block; this runs on every block the resolver sees.
        var found = new List<(int, int, string)>();
        Span<char> folded = stackalloc char[24];
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAnyExcept(NotCapitalAscii);
            if (next < 0) break;
            var start = i + next;
            i = start + 1;
            if (!char.IsUpper(text[start]) || !StartsWord(text, start)) continue;
            i = start;
            var length = 0;
            while (i < text.Length && (PlaceNameFolding.IsWordChar(text[i]) || (PlaceNameFolding.IsInWordMark(text[i]) && i + 1 < text.Length && PlaceNameFolding.IsWordChar(text[i + 1]))))
            {
                if (PlaceNameFolding.IsWordChar(text[i]) && length < folded.Length) folded[length++] = PlaceNameFolding.Fold(text[i]);
                i++;
            }
            if (length < 4 || length == folded.Length) continue;
            if (_demonyms.TryGetValue(folded[..length], out var country)) found.Add((start, i, country));
        }
        return found;
    }

    // Every ASCII character but the capitals: a search for anything else stops at a capital or a non-ASCII letter.
    internal static readonly System.Buffers.SearchValues<char> NotCapitalAscii =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 128).Where(c => c is < 'A' or > 'Z').Select(c => (char)c).ToArray());

    // Whether a word starts at a word character: not after another word character, nor after an in-word mark that
    // follows one ("Dar‘a": the mark joins the two parts into one word).
    internal static bool StartsWord(ReadOnlySpan<char> text, int at)
    {
        if (at == 0) return true;
        var before = text[at - 1];
        if (PlaceNameFolding.IsWordChar(before)) return false;
        return !(PlaceNameFolding.IsInWordMark(before) && at > 1 && PlaceNameFolding.IsWordChar(text[at - 2]));
    }

    /// <summary>Place mentions in <paramref name="text"/>, left to right, longest match first, never overlapping.
    /// A name used as (part of) an actor's name comes back with <see cref="PlaceMention.IsActorUse"/> set.</summary>
    public IReadOnlyList<PlaceMention> Recognize(string text)
    {
        using var scan = new TokenScan(text);
        var tokens = scan.Tokens;
        var mentions = new List<PlaceMention>(8);
        Span<char> key = _names.LongestKey <= 256 ? stackalloc char[256] : new char[_names.LongestKey];
        for (var i = 0; i < tokens.Length; i++)
        {
            var first = tokens[i];
            var startsWithArticle = first.IsArticle && i + 1 < tokens.Length && tokens[i + 1].IsCapitalised
                && tokens[i + 1].Start - first.End <= 1;
            if (!first.IsCapitalised && !startsWithArticle) continue;
            if (!first.IsCapitalised && scan.Folded(i) is not ("al" or "el")) continue;
            if (first.End - first.Start <= 5 && IsAllCaps(text, first)) continue; // ISIS, SDF, IDF: acronyms, frequent, never places

            var best = TryMatch(scan, startsWithArticle ? i + 1 : i, key);
            if (startsWithArticle)
            {
                // "Albukamal" is indexed glued; "Al-Bukamal" reaches it with the article glued back on.
                var glued = TryMatch(scan, i + 1, key, gluedArticle: true);
                if (glued.End > best.End) best = glued;
            }
            if (best.Entry < 0) continue;
            var candidates = _names.Places(best.Entry);
            var start = first.Start;
            var end = tokens[best.End].End;
            // "the Khorasan Province", "Sinai Province" (ISIS branches), "Mali army": a place that starts an actor's
            // name is that actor, never the incident's place.
            if (_actorNames.LongestFrom(scan, i) is var actorEnd && actorEnd > best.End)
            {
                mentions.Add(new PlaceMention(start, end - start, text[start..end], _names.Candidates(best.Entry), IsActorUse: true));
                i = actorEnd;
                continue;
            }
            if (IsRejected(scan, text, i, best.End, candidates, mentions.Count > 0 ? mentions[^1].End : -1))
            {
                // A name inside a longer proper name ("Abu Bakr al-Baghdadi") hides no shorter place either;
                // after a function word ("The Sinai"), the rest may still be one.
                if (!_guards.FunctionWords.Contains(scan.Folded(i))) i = best.End;
                continue;
            }
            mentions.Add(new PlaceMention(start, end - start, text[start..end], _names.Candidates(best.Entry), IsActorUse(scan, best.End, candidates)));
            i = best.End;
        }
        return mentions;
    }

    private bool IsRejected(TokenScan scan, string text, int from, int to, ArraySegment<Place> places, int previousMentionEnd)
    {
        var tokens = scan.Tokens;
        // "The villages", "In a": a function word starts no place name (unless the name itself starts so).
        if (_guards.FunctionWords.Contains(scan.Folded(from)) && !StartsWithWord(places[0].Name, scan.Folded(from))) return true;
        // Inside a longer proper name: "Ahmad Salloum", "ISIS’s Khorasan Province", "Khaama Press", "Qods Force".
        if (from > 0 && IsAdjacent(text, tokens[from - 1], tokens[from]) && tokens[from - 1].IsCapitalised
            && tokens[from - 1].End != previousMentionEnd && !_guards.FunctionWords.Contains(scan.Folded(from - 1))
            && !LooksAdjectival(scan.Folded(from - 1)))
            return true;
        if (to + 1 < tokens.Length && IsAdjacent(text, tokens[to], tokens[to + 1]) && tokens[to + 1].IsCapitalised
            && !_guards.Designators.Contains(scan.Folded(to + 1)) && !_guards.FunctionWords.Contains(scan.Folded(to + 1)))
            return true;
        // One- and two-letter names ("Tu") and acronyms ("SANA", "IDF") are never taken for places.
        if (from == to && (scan.Tokens[from].End - scan.Tokens[from].Start <= 2 || IsAllCaps(text, scan.Tokens[from]))) return true;
        var words = FoldedWords(scan, from, to);
        var bare = words.StartsWith("al ", StringComparison.Ordinal) ? words[3..] : words;
        if (_guards.NeverPlaces.Contains(words) || _guards.NeverPlaces.Contains(bare)) return true;
        return (_guards.NotPlaces.Contains(words) || _guards.NotPlaces.Contains(bare)) && !HasLocativeBefore(text, scan.Tokens[from].Start);
    }

    // Demonyms and directions may precede a name ("Syrian Golan", "Southern Idlib", "Iraqi Kurdistan").
    private static bool LooksAdjectival(string folded) =>
        folded.EndsWith("ian", StringComparison.Ordinal) || folded.EndsWith("ern", StringComparison.Ordinal)
        || folded.EndsWith("ese", StringComparison.Ordinal) || folded.EndsWith("ish", StringComparison.Ordinal)
        || (folded.Length > 3 && folded.EndsWith('i'));

    // Two words separated by exactly one space (a possessive mark counts as part of the first).
    private static bool IsAdjacent(string text, TextToken left, TextToken right)
    {
        var gap = text.AsSpan(left.End, right.Start - left.End);
        if (gap.Length >= 2 && PlaceNameFolding.IsInWordMark(gap[0]) && gap[1] == 's') gap = gap[2..];
        return gap is " ";
    }

    private static bool StartsWithWord(string name, string word) =>
        name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (name.Length == word.Length || !char.IsLetter(name[word.Length]));

    private static bool IsAllCaps(string text, TextToken token)
    {
        for (var i = token.Start; i < token.End; i++)
        {
            if (char.IsLower(text[i])) return false;
        }
        return true;
    }

    private (int Entry, int End) TryMatch(TokenScan scan, int from, Span<char> key, bool gluedArticle = false)
    {
        var tokens = scan.Tokens;
        var length = 0;
        if (gluedArticle) { "al".CopyTo(key); length = 2; }
        var found = -1;
        var foundEnd = -1;
        for (var j = from; j < tokens.Length && j < from + MaxNameTokens; j++)
        {
            if (j > from && tokens[j].Start - tokens[j - 1].End > 2) break; // names do not span punctuation
            if (j > from && tokens[j].IsArticle && j + 1 < tokens.Length)
            {
                if (length + 2 > key.Length) break;
                "al".CopyTo(key[length..]);
                length += 2;
            }
            else
            {
                // A key longer than the buffer is longer than every name in the index: no lookup could succeed.
                var written = scan.WriteNormalized(j, key[length..]);
                if (written < 0) break;
                length += written;
            }
            var entry = _names.Find(key[..length]);
            if (entry < 0) break;
            if (_names.Places(entry).Count > 0) { found = entry; foundEnd = j; }
            if (!_names.HasLonger(entry)) break;
        }
        return (found, foundEnd);
    }

    private static string FoldedWords(TokenScan scan, int from, int to)
    {
        var sb = new StringBuilder();
        for (var i = from; i <= to; i++)
        {
            if (i > from) sb.Append(' ');
            sb.Append(scan.Folded(i));
        }
        return sb.ToString();
    }

    private static readonly string[] Locatives = ["in", "near", "at", "from", "to", "outside", "around", "towards", "toward", "of", "village", "town", "city"];

    private static bool HasLocativeBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ') end--;
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        var word = text.AsSpan(begin, end - begin);
        foreach (var l in Locatives)
        {
            if (word.Equals(l, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // "Mali army", "Iraq security forces": only a country (or region) directly followed by an actor noun.
    private bool IsActorUse(TokenScan scan, int lastToken, ArraySegment<Place> places)
    {
        var tokens = scan.Tokens;
        if (lastToken + 1 >= tokens.Length) return false;
        var next = tokens[lastToken + 1];
        if (next.Start - tokens[lastToken].End > 1) return false;
        var isCountryOrRegion = false;
        foreach (var p in places)
        {
            if (p.Kind is PlaceKind.Country) { isCountryOrRegion = true; break; }
        }
        return isCountryOrRegion && _guards.ActorNouns.Contains(scan.Folded(lastToken + 1));
    }
}

/// <summary>One word of the scanned text.</summary>
internal readonly record struct TextToken(int Start, int End, bool IsCapitalised, bool IsArticle);

/// <summary>The words of one text; folded forms are made only for the few words a match attempt reaches.</summary>
/// <remarks>Its arrays come from the shared pools and go back on <see cref="Dispose"/>: a report's whole-text scan
/// holds thousands of words, and fresh arrays that size land on the large-object heap.</remarks>
internal sealed class TokenScan : IDisposable
{
    private readonly string _text;
    private TextToken[] _tokens;
    private readonly int _count;
    private string?[] _folded;

    public ReadOnlySpan<TextToken> Tokens => _tokens.AsSpan(0, _count);

    public TokenScan(string text)
    {
        _text = text;
        _count = Scan(text, out _tokens);
        _folded = System.Buffers.ArrayPool<string?>.Shared.Rent(Math.Max(_count, 1));
        Array.Clear(_folded, 0, _count);
    }

    public void Dispose()
    {
        System.Buffers.ArrayPool<TextToken>.Shared.Return(_tokens);
        System.Buffers.ArrayPool<string?>.Shared.Return(_folded, clearArray: true);
        _tokens = [];
        _folded = [];
    }

    public string Folded(int i)
    {
        if (_folded[i] is { } f) return f;
        var t = _tokens[i];
        Span<char> folded = t.End - t.Start <= 64 ? stackalloc char[64] : new char[t.End - t.Start];
        return _folded[i] = new string(folded[..WriteFolded(i, folded)]);
    }

    /// <summary>Writes word <paramref name="i"/>'s fold (<see cref="Folded"/>) into <paramref name="destination"/> and returns
    /// its length, or -1 when it does not fit.</summary>
    public int WriteFolded(int i, Span<char> destination) => WriteFolded(_text, _tokens[i], destination);

    /// <summary>Writes word <paramref name="i"/>'s spelling-variant fold (<see cref="PlaceNameFolding.Normalize(string)"/> of
    /// <see cref="Folded"/>) into <paramref name="destination"/> without making a string, and returns its length, or -1
    /// when it does not fit: match attempts fold every capitalised word.</summary>
    public int WriteNormalized(int i, Span<char> destination) => WriteNormalized(_text, _tokens[i], destination);

    /// <summary><see cref="WriteFolded(int, Span{char})"/> of a word read by <see cref="Read"/>.</summary>
    public static int WriteFolded(ReadOnlySpan<char> text, TextToken t, Span<char> destination)
    {
        var length = 0;
        for (var k = t.Start; k < t.End; k++)
        {
            var c = text[k];
            if (!PlaceNameFolding.IsWordChar(c)) continue;
            if (length == destination.Length) return -1;
            destination[length++] = PlaceNameFolding.Fold(c);
        }
        return length;
    }

    /// <summary><see cref="WriteNormalized(int, Span{char})"/> of a word read by <see cref="Read"/>.</summary>
    public static int WriteNormalized(ReadOnlySpan<char> text, TextToken t, Span<char> destination)
    {
        Span<char> folded = t.End - t.Start <= 64 ? stackalloc char[64] : new char[t.End - t.Start];
        var length = WriteFolded(text, t, folded);
        // In place: the fold writes each character at or before the one it reads.
        length = PlaceNameFolding.Normalize(folded[..length], folded);
        if (length > destination.Length) return -1;
        folded[..length].CopyTo(destination);
        return length;
    }

    private static int Scan(string text, out TextToken[] tokens)
    {
        // A word takes at least two characters with its separator: half the length always suffices.
        tokens = System.Buffers.ArrayPool<TextToken>.Shared.Rent(text.Length / 2 + 1);
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!PlaceNameFolding.IsWordChar(text[i])) { i++; continue; }
            tokens[count++] = Read(text, i, out i);
        }
        return count;
    }

    /// <summary>The word that starts at <paramref name="start"/> (a word character that starts a word), as a scan of
    /// the whole text reads it; <paramref name="next"/> is where the scan goes on.</summary>
    public static TextToken Read(ReadOnlySpan<char> text, int start, out int next)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (PlaceNameFolding.IsWordChar(c)) i++;
            else if (PlaceNameFolding.IsInWordMark(c) && i + 1 < text.Length && PlaceNameFolding.IsWordChar(text[i + 1])) i++;
            else break;
        }
        next = i;
        // Possessive "’s" is not part of the name ("Al-Raqqah’s Old City").
        var end = i;
        if (end - start > 3 && text[end - 1] == 's' && PlaceNameFolding.IsInWordMark(text[end - 2])) end -= 2;
        var isArticle = end - start is 2 or 3 && i < text.Length && text[i] is '-' or ' ' or '‐' && IsArticleWord(text, start, end);
        return new TextToken(start, end, char.IsUpper(text[start]), isArticle);
    }

    private static bool IsArticleWord(ReadOnlySpan<char> text, int start, int end)
    {
        // Every article starts with a or e: most short words stop here.
        if (PlaceNameFolding.Fold(text[start]) is not ('a' or 'e')) return false;
        Span<char> folded = stackalloc char[3];
        for (var k = start; k < end; k++) folded[k - start] = PlaceNameFolding.Fold(text[k]);
        return PlaceNameFolding.IsArticle(folded[..(end - start)]);
    }
}
