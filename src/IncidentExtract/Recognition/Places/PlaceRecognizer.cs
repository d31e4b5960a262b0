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
    // The guards' word sets, looked up by span: a match reads a few words around it, and none becomes a string.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _functionWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _designators;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _actorNouns;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _neverPlaces;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notPlaces;

    public PlaceRecognizer(Gazetteer gazetteer)
    {
        _guards = PlaceGuards.LoadEmbedded();
        _actorNames = ActorNameIndex.From(gazetteer.Actors);
        _demonyms = new Dictionary<string, string>(_guards.Demonyms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _functionWords = new HashSet<string>(_guards.FunctionWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _designators = new HashSet<string>(_guards.Designators, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _actorNouns = new HashSet<string>(_guards.ActorNouns, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _neverPlaces = new HashSet<string>(_guards.NeverPlaces, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _notPlaces = new HashSet<string>(_guards.NotPlaces, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
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
        int start;
        while ((start = NextCapitalWord(text, i)) >= 0)
        {
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

    /// <summary>The first capital at or after <paramref name="from"/> that starts a word, or -1. Only capitalised words
    /// start names and demonyms: a vectorised search jumps from capital to capital instead of reading every word.</summary>
    internal static int NextCapitalWord(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length)
        {
            var next = text[from..].IndexOfAnyExcept(NotCapitalAscii);
            if (next < 0) return -1;
            var at = from + next;
            if (char.IsUpper(text[at]) && StartsWord(text, at)) return at;
            from = at + 1;
        }
        return -1;
    }

    // Every ASCII character but the capitals: a search for anything else stops at a capital or a non-ASCII letter.
    private static readonly System.Buffers.SearchValues<char> NotCapitalAscii =
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
    /// <remarks>Only a capitalised word, or an article right before one ("al-Raqqah"), starts a match: the scan jumps
    /// from capital to capital (a vectorised search) and reads the words around one only as a match asks for them,
    /// instead of cutting the whole text into words first. It takes the words in the same order, and a match skips
    /// the same words, as a reading of every word would.</remarks>
    public IReadOnlyList<PlaceMention> Recognize(string text)
    {
        var mentions = new List<PlaceMention>(8);
        Span<char> key = _names.LongestKey <= 256 ? stackalloc char[256] : new char[_names.LongestKey];
        // Words that start before the cursor are read (or inside a match): the next candidate starts at or after it.
        var cursor = 0;
        var search = 0;
        int at;
        while ((at = NextCapitalWord(text, search)) >= 0)
        {
            search = at + 1;
            var capital = TokenScan.Read(text, at);
            // A lowercase article right before the capital is its own candidate, and comes first. Most capitals need not
            // look back: an article has two or three letters, the first an a or e, then a hyphen or space, then the capital.
            if (MayFollowArticle(text, at) && TokenScan.Previous(text, capital, out var article)
                && article.Start >= cursor && !article.IsCapitalised && article.IsArticle && capital.Start - article.End <= 1)
                cursor = MatchFrom(text, article, key, mentions);
            if (capital.Start >= cursor) cursor = MatchFrom(text, capital, key, mentions);
            search = Math.Max(search, Math.Max(capital.After, cursor));
        }
        return mentions;
    }

    // Whether the word at `at` may follow an article (TokenScan.Read's IsArticle) with at most one character between.
    internal static bool MayFollowArticle(ReadOnlySpan<char> text, int at) =>
        at >= 3 && text[at - 1] is '-' or ' ' or '‐' && PlaceNameFolding.IsWordChar(text[at - 2])
        && (PlaceNameFolding.Fold(text[at - 3]) is 'a' or 'e' || (at >= 4 && PlaceNameFolding.Fold(text[at - 4]) is 'a' or 'e'));

    // One step of the scan, from the word first: adds its mention, if any, and returns where the next candidate may start.
    private int MatchFrom(string text, TextToken first, Span<char> key, List<PlaceMention> mentions)
    {
        TextToken second = default;
        var startsWithArticle = first.IsArticle && TokenScan.Next(text, first, out second) && second.IsCapitalised && second.Start - first.End <= 1;
        if (!first.IsCapitalised && !startsWithArticle) return first.After;
        if (!first.IsCapitalised && !IsAlOrEl(text, first)) return first.After;
        if (first.End - first.Start <= 5 && IsAllCaps(text, first)) return first.After; // ISIS, SDF, IDF: acronyms, frequent, never places

        var best = TryMatch(text, startsWithArticle ? second : first, key);
        if (startsWithArticle)
        {
            // "Albukamal" is indexed glued; "Al-Bukamal" reaches it with the article glued back on.
            var glued = TryMatch(text, second, key, gluedArticle: true);
            if (glued.Entry >= 0 && (best.Entry < 0 || glued.Last.Start > best.Last.Start)) best = glued;
        }
        if (best.Entry < 0) return first.After;
        var candidates = _names.Places(best.Entry);
        var start = first.Start;
        var end = best.Last.End;
        // "the Khorasan Province", "Sinai Province" (ISIS branches), "Mali army": a place that starts an actor's
        // name is that actor, never the incident's place.
        if (_actorNames.LongestFrom(text, first, out var actorLast) && actorLast.Start > best.Last.Start)
        {
            mentions.Add(new PlaceMention(start, end - start, text[start..end], _names.Candidates(best.Entry), IsActorUse: true));
            return actorLast.After;
        }
        if (IsRejected(text, first, best.Last, candidates, mentions.Count > 0 ? mentions[^1].End : -1))
        {
            // A name inside a longer proper name ("Abu Bakr al-Baghdadi") hides no shorter place either;
            // after a function word ("The Sinai"), the rest may still be one.
            return IsIn(_functionWords, text, first) ? first.After : best.Last.After;
        }
        mentions.Add(new PlaceMention(start, end - start, text[start..end], _names.Candidates(best.Entry), IsActorUse(text, best.Last, candidates)));
        return best.Last.After;
    }

    private bool IsRejected(string text, TextToken from, TextToken to, ArraySegment<Place> places, int previousMentionEnd)
    {
        Span<char> buffer = stackalloc char[64];
        // "The villages", "In a": a function word starts no place name (unless the name itself starts so).
        var firstWord = Folded(text, from, buffer);
        if (_functionWords.Contains(firstWord) && !StartsWithWord(places[0].Name, firstWord)) return true;
        // Inside a longer proper name: "Ahmad Salloum", "ISIS’s Khorasan Province", "Khaama Press", "Qods Force".
        if (TokenScan.Previous(text, from, out var before) && IsAdjacent(text, before, from) && before.IsCapitalised
            && before.End != previousMentionEnd && !IsIn(_functionWords, text, before) && !LooksAdjectival(text, before))
            return true;
        if (TokenScan.Next(text, to, out var after) && IsAdjacent(text, to, after) && after.IsCapitalised
            && !IsIn(_designators, text, after) && !IsIn(_functionWords, text, after))
            return true;
        // One- and two-letter names ("Tu") and acronyms ("SANA", "IDF") are never taken for places.
        if (from.Start == to.Start && (from.End - from.Start <= 2 || IsAllCaps(text, from))) return true;
        Span<char> words = stackalloc char[128];
        var length = FoldedWords(text, from, to, words);
        if (length < 0) return IsRejectedByName(FoldedWords(text, from, to), text, from);
        words = words[..length];
        var bare = words.StartsWith("al ", StringComparison.Ordinal) ? words[3..] : words;
        if (_neverPlaces.Contains(words) || _neverPlaces.Contains(bare)) return true;
        return (_notPlaces.Contains(words) || _notPlaces.Contains(bare)) && !HasLocativeBefore(text, from.Start);
    }

    // The guard lists by the name's folded words, for a name too long for the buffer.
    private bool IsRejectedByName(string words, string text, TextToken from)
    {
        var bare = words.StartsWith("al ", StringComparison.Ordinal) ? words[3..] : words;
        if (_guards.NeverPlaces.Contains(words) || _guards.NeverPlaces.Contains(bare)) return true;
        return (_guards.NotPlaces.Contains(words) || _guards.NotPlaces.Contains(bare)) && !HasLocativeBefore(text, from.Start);
    }

    // The guards' word sets, looked up by a word's fold without making a string of it.
    private static bool IsIn(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, string text, TextToken word)
    {
        Span<char> buffer = stackalloc char[64];
        return set.Contains(Folded(text, word, buffer));
    }

    // The word's fold (TokenScan.WriteFolded), in buffer when it fits.
    private static ReadOnlySpan<char> Folded(string text, TextToken word, Span<char> buffer)
    {
        if (word.End - word.Start > buffer.Length) buffer = new char[word.End - word.Start];
        return buffer[..TokenScan.WriteFolded(text, word, buffer)];
    }

    private static bool IsAlOrEl(string text, TextToken word)
    {
        Span<char> buffer = stackalloc char[64];
        return Folded(text, word, buffer) is "al" or "el";
    }

    // Demonyms and directions may precede a name ("Syrian Golan", "Southern Idlib", "Iraqi Kurdistan").
    private static bool LooksAdjectival(string text, TextToken word)
    {
        Span<char> buffer = stackalloc char[64];
        var folded = Folded(text, word, buffer);
        return folded.EndsWith("ian", StringComparison.Ordinal) || folded.EndsWith("ern", StringComparison.Ordinal)
            || folded.EndsWith("ese", StringComparison.Ordinal) || folded.EndsWith("ish", StringComparison.Ordinal)
            || (folded.Length > 3 && folded[^1] == 'i');
    }

    // Two words separated by exactly one space (a possessive mark counts as part of the first).
    private static bool IsAdjacent(string text, TextToken left, TextToken right)
    {
        var gap = text.AsSpan(left.End, right.Start - left.End);
        if (gap.Length >= 2 && PlaceNameFolding.IsInWordMark(gap[0]) && gap[1] == 's') gap = gap[2..];
        return gap is " ";
    }

    private static bool StartsWithWord(string name, ReadOnlySpan<char> word) =>
        name.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase) && (name.Length == word.Length || !char.IsLetter(name[word.Length]));

    internal static bool IsAllCaps(ReadOnlySpan<char> text, TextToken token)
    {
        for (var i = token.Start; i < token.End; i++)
        {
            if (char.IsLower(text[i])) return false;
        }
        return true;
    }

    private (int Entry, TextToken Last) TryMatch(string text, TextToken from, Span<char> key, bool gluedArticle = false)
    {
        var length = 0;
        if (gluedArticle) { "al".CopyTo(key); length = 2; }
        var found = -1;
        TextToken foundLast = default;
        var word = from;
        for (var n = 0; n < MaxNameTokens; n++)
        {
            // A key longer than the buffer is longer than every name in the index: no lookup could succeed.
            if (!TokenScan.AppendKeyPart(text, word, n > 0, key, ref length)) break;
            var entry = _names.Find(key[..length]);
            if (entry < 0) break;
            if (_names.Places(entry).Count > 0) { found = entry; foundLast = word; }
            if (!_names.HasLonger(entry) || !TokenScan.Next(text, word, out var next)) break;
            if (next.Start - word.End > 2) break; // names do not span punctuation
            word = next;
        }
        return (found, foundLast);
    }

    // The words from..to folded and joined by single spaces into destination; its length, or -1 when it does not fit.
    private static int FoldedWords(string text, TextToken from, TextToken to, Span<char> destination)
    {
        var length = 0;
        var word = from;
        while (true)
        {
            if (word.Start > from.Start)
            {
                if (length == destination.Length) return -1;
                destination[length++] = ' ';
            }
            var written = TokenScan.WriteFolded(text, word, destination[length..]);
            if (written < 0) return -1;
            length += written;
            if (word.Start >= to.Start || !TokenScan.Next(text, word, out word)) return length;
        }
    }

    private static string FoldedWords(string text, TextToken from, TextToken to)
    {
        var sb = new StringBuilder();
        Span<char> buffer = stackalloc char[64];
        var word = from;
        while (true)
        {
            if (word.Start > from.Start) sb.Append(' ');
            sb.Append(Folded(text, word, buffer));
            if (word.Start >= to.Start || !TokenScan.Next(text, word, out word)) break;
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
    private bool IsActorUse(string text, TextToken last, ArraySegment<Place> places)
    {
        if (!TokenScan.Next(text, last, out var next) || next.Start - last.End > 1) return false;
        var isCountryOrRegion = false;
        foreach (var p in places)
        {
            if (p.Kind is PlaceKind.Country) { isCountryOrRegion = true; break; }
        }
        return isCountryOrRegion && IsIn(_actorNouns, text, next);
    }
}

/// <summary>One word of the scanned text: <see cref="End"/> leaves out a possessive "’s", <see cref="After"/> is where
/// the word's characters end (where the scan goes on).</summary>
internal readonly record struct TextToken(int Start, int End, int After, bool IsCapitalised, bool IsArticle);

/// <summary>
/// The words of a text, read one at a time around a position, as a scan of the whole text from its start would cut
/// them: a word starts at a letter or digit that follows none (<see cref="PlaceRecognizer.StartsWord"/>) and runs on
/// through letters, digits and in-word marks that join two letters ("Dar‘a"). Nothing is kept between calls.
/// </summary>
internal static class TokenScan
{
    /// <summary>The word that starts at <paramref name="start"/> (a word character that starts a word).</summary>
    public static TextToken Read(ReadOnlySpan<char> text, int start) => Read(text, start, out _);

    /// <summary>As <see cref="Read(ReadOnlySpan{char}, int)"/>; <paramref name="next"/> is where the word's characters end.</summary>
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
        return new TextToken(start, end, i, char.IsUpper(text[start]), isArticle);
    }

    /// <summary>The word after <paramref name="word"/>, if any: every word character after a word starts the next one.</summary>
    public static bool Next(ReadOnlySpan<char> text, TextToken word, out TextToken next)
    {
        for (var i = word.After; i < text.Length; i++)
        {
            if (PlaceNameFolding.IsWordChar(text[i])) { next = Read(text, i); return true; }
        }
        next = default;
        return false;
    }

    /// <summary>The word before <paramref name="word"/>, if any.</summary>
    public static bool Previous(ReadOnlySpan<char> text, TextToken word, out TextToken previous)
    {
        var k = word.Start - 1;
        while (k >= 0 && !PlaceNameFolding.IsWordChar(text[k])) k--;
        if (k < 0) { previous = default; return false; }
        // Back to its first character: over letters, and over marks that join two letters.
        while (k > 0)
        {
            if (PlaceNameFolding.IsWordChar(text[k - 1])) k--;
            else if (k > 1 && PlaceNameFolding.IsInWordMark(text[k - 1]) && PlaceNameFolding.IsWordChar(text[k - 2])) k -= 2;
            else break;
        }
        previous = Read(text, k);
        return true;
    }

    /// <summary>Writes the word's fold (letters and digits, <see cref="PlaceNameFolding.Fold"/>) into
    /// <paramref name="destination"/> and returns its length, or -1 when it does not fit.</summary>
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

    /// <summary>Appends a name key's part for <paramref name="word"/>: "al" for an article inside a name with a word after it
    /// (<paramref name="inside"/>: not the name's first word), else the word's spelling-variant fold
    /// (<see cref="WriteNormalized"/>). False when the key would outgrow <paramref name="key"/>.</summary>
    /// <remarks>The one definition of a key's growth for every walk over the name index (the recognizer's match and the
    /// report-country walk), so the walks cannot drift apart. The next word is read only for an article.</remarks>
    public static bool AppendKeyPart(ReadOnlySpan<char> text, TextToken word, bool inside, Span<char> key, ref int length)
    {
        if (inside && word.IsArticle && Next(text, word, out _))
        {
            if (length + 2 > key.Length) return false;
            "al".CopyTo(key[length..]);
            length += 2;
            return true;
        }
        var written = WriteNormalized(text, word, key[length..]);
        if (written < 0) return false;
        length += written;
        return true;
    }

    /// <summary>Writes the word's spelling-variant fold (<see cref="PlaceNameFolding.Normalize(string)"/> of its fold) into
    /// <paramref name="destination"/> without making a string, and returns its length, or -1 when it does not fit:
    /// match attempts fold every capitalised word.</summary>
    public static int WriteNormalized(ReadOnlySpan<char> text, TextToken t, Span<char> destination)
    {
        // Straight into the destination when the fold fits there; the fold writes each character at or before the one it reads.
        var length = WriteFolded(text, t, destination);
        if (length >= 0) return PlaceNameFolding.Normalize(destination[..length], destination);
        Span<char> folded = t.End - t.Start <= 64 ? stackalloc char[64] : new char[t.End - t.Start];
        length = PlaceNameFolding.Normalize(folded[..WriteFolded(text, t, folded)], folded);
        if (length > destination.Length) return -1;
        folded[..length].CopyTo(destination);
        return length;
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
