namespace IncidentExtract.Recognition.Places;

/// <summary>
/// The name keys that mean a country (with the country each adds to a report's countries) and every prefix of one,
/// so a report's countries (<see cref="ReportPlaces.Countries"/>) are found without recognizing every sentence: a
/// piece is recognized only if a match the recognizer could make there names a country not yet found. A few hundred
/// keys instead of the whole index, so the walk stays in the cache.
/// </summary>
/// <remarks>
/// Exact, not a heuristic: every mention's places come from a key the recognizer reached by extending word by word
/// from a capitalised word (plain, or with an article glued on), and every key on that way is a prefix of the
/// mention's key. <see cref="MayNameOtherThan"/> walks the same words, folded the same way, from every capitalised
/// word, both plain and glued, and stops only when no country key continues: it reaches every country key the
/// recognizer could reach (and some it would not, which only costs a recognition).
/// </remarks>
internal sealed class CountryKeys
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _countryOfKey;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    // What a first word may be: a prefix of a country key (Plain), or one once glued to an article ("al" + word:
    // "Al-Jazair" → "jazair", Glued). One lookup per capital, the step that turns nearly all of them away.
    private readonly Dictionary<string, FirstWord>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    [Flags]
    private enum FirstWord : byte { Plain = 1, Glued = 2 }
    private readonly int _longestKey;
    private readonly int _maxNameTokens;

    private CountryKeys(Dictionary<string, string> countryOfKey, HashSet<string> prefixes, int maxNameTokens)
    {
        _countryOfKey = countryOfKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstWords = new Dictionary<string, FirstWord>(StringComparer.Ordinal);
        foreach (var prefix in prefixes)
        {
            firstWords[prefix] = firstWords.GetValueOrDefault(prefix) | FirstWord.Plain;
            if (prefix.Length > 2 && prefix.StartsWith("al", StringComparison.Ordinal))
                firstWords[prefix[2..]] = firstWords.GetValueOrDefault(prefix[2..]) | FirstWord.Glued;
        }
        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in countryOfKey.Keys) _longestKey = Math.Max(_longestKey, key.Length);
        _maxNameTokens = maxNameTokens;
    }

    /// <summary>The country keys of <paramref name="table"/>; <paramref name="maxNameTokens"/> is the recognizer's longest match in words.</summary>
    public static CountryKeys From(PlaceNameTable table, int maxNameTokens)
    {
        var countryOfKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < table.Count; e++)
        {
            // The country a mention of this key adds: its first candidate that is a country (PlaceResolver.CountriesIn).
            string? country = null;
            foreach (var p in table.Places(e))
            {
                if (p.Kind == Gazetteers.PlaceKind.Country) { country = p.Country; break; }
            }
            if (country is null) continue;
            var key = table.Key(e);
            countryOfKey.Add(key.ToString(), country);
            for (var length = 1; length <= key.Length; length++) prefixes.Add(key[..length].ToString());
        }
        return new CountryKeys(countryOfKey, prefixes, maxNameTokens);
    }

    /// <summary>Whether the recognizer could find in <paramref name="piece"/> (one of <see cref="TextPieces"/>) a name
    /// that means a country not in <paramref name="known"/>; false only when it certainly cannot.</summary>
    public bool MayNameOtherThan(ReadOnlySpan<char> piece, IReadOnlySet<string> known)
    {
        if (_longestKey == 0) return false;
        Span<char> key = _longestKey <= 256 ? stackalloc char[256] : new char[_longestKey];
        key = key[.._longestKey];
        var i = 0;
        while (i < piece.Length)
        {
            // Every match starts at a capitalised word: jump from capital to capital, as PlaceRecognizer.Demonyms does.
            var next = piece[i..].IndexOfAnyExcept(PlaceRecognizer.NotCapitalAscii);
            if (next < 0) return false;
            var start = i + next;
            i = start + 1;
            if (!char.IsUpper(piece[start]) || !PlaceRecognizer.StartsWord(piece, start)) continue;
            // The first word alone turns nearly every capital away: fold it once, in the pass that reads it, for both walks.
            var written = FoldFirstWord(piece, start, key, out i);
            if (written < 0 || !_firstWords.TryGetValue(key[..written], out var first)) continue;
            if ((first.HasFlag(FirstWord.Plain) && Reaches(piece, start, key, gluedArticle: false, known))
                || (first.HasFlag(FirstWord.Glued) && Reaches(piece, start, key, gluedArticle: true, known)))
                return true;
        }
        return false;
    }

    // TokenScan.WriteNormalized(TokenScan.Read(...)) in one pass: the word's folded letters (without a possessive "’s"),
    // spelling-variant folded; -1 when even that is longer than the buffer. <paramref name="after"/> is where the word ends.
    private static int FoldFirstWord(ReadOnlySpan<char> piece, int start, Span<char> key, out int after)
    {
        var length = 0;
        var fits = true;
        var i = start;
        while (i < piece.Length)
        {
            var c = piece[i];
            if (PlaceNameFolding.IsWordChar(c))
            {
                if (length < key.Length) key[length++] = PlaceNameFolding.Fold(c);
                else fits = false;
                i++;
            }
            else if (PlaceNameFolding.IsInWordMark(c) && i + 1 < piece.Length && PlaceNameFolding.IsWordChar(piece[i + 1])) i++;
            else break;
        }
        after = i;
        // Doubled letters may fold away: a word too long for the buffer takes the two-pass way.
        if (!fits) return TokenScan.WriteNormalized(piece, TokenScan.Read(piece, start, out _), key);
        // The possessive's mark is no letter; its "s" is the last one folded.
        if (i - start > 3 && piece[i - 1] == 's' && PlaceNameFolding.IsInWordMark(piece[i - 2])) length--;
        return PlaceNameFolding.Normalize(key[..length], key);
    }

    // PlaceRecognizer.TryMatch's walk, with the country keys' prefixes in place of the whole index.
    private bool Reaches(ReadOnlySpan<char> piece, int start, Span<char> key, bool gluedArticle, IReadOnlySet<string> known)
    {
        var length = 0;
        if (gluedArticle) { "al".CopyTo(key); length = 2; }
        var previousEnd = -1;
        var at = start;
        for (var n = 0; n < _maxNameTokens; n++)
        {
            var token = TokenScan.Read(piece, at, out var after);
            if (n > 0 && token.Start - previousEnd > 2) break; // names do not span punctuation
            var following = NextWordStart(piece, after);
            if (n > 0 && token.IsArticle && following >= 0)
            {
                if (length + 2 > key.Length) break;
                "al".CopyTo(key[length..]);
                length += 2;
            }
            else
            {
                // Longer than every country key: no country key continues.
                var written = TokenScan.WriteNormalized(piece, token, key[length..]);
                if (written < 0) break;
                length += written;
            }
            if (_countryOfKey.TryGetValue(key[..length], out var country) && !known.Contains(country)) return true;
            if (!_prefixes.Contains(key[..length]) || following < 0) break;
            previousEnd = token.End;
            at = following;
        }
        return false;
    }

    // Where the next word starts: every word character after a word's end starts the next word (TokenScan).
    private static int NextWordStart(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (PlaceNameFolding.IsWordChar(text[i])) return i;
        }
        return -1;
    }
}
