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
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _properPrefixes;
    // What a first word can start, plain or glued to an article ("al" + word: "Al-Jazair" → "jazair"): one lookup per
    // capital, the step that turns nearly all of them away and settles most of the rest ("Syria", already found).
    private readonly Dictionary<string, FirstWord>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly int _longestKey;
    private readonly int _maxNameTokens;

    /// <summary>A first word's readings: the country it names alone (a whole key), and whether a longer key goes on from it.</summary>
    private sealed record FirstWord(string? PlainCountry, bool PlainGoesOn, string? GluedCountry, bool GluedGoesOn);

    private CountryKeys(Dictionary<string, string> countryOfKey, HashSet<string> prefixes, HashSet<string> properPrefixes, int maxNameTokens)
    {
        _countryOfKey = countryOfKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _properPrefixes = properPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstWords = new Dictionary<string, FirstWord>(StringComparer.Ordinal);
        foreach (var prefix in prefixes)
        {
            var goesOn = properPrefixes.Contains(prefix);
            var reading = firstWords.GetValueOrDefault(prefix) ?? new FirstWord(null, false, null, false);
            firstWords[prefix] = reading with { PlainCountry = countryOfKey.GetValueOrDefault(prefix), PlainGoesOn = goesOn };
            if (prefix.Length > 2 && prefix.StartsWith("al", StringComparison.Ordinal))
            {
                var word = prefix[2..];
                reading = firstWords.GetValueOrDefault(word) ?? new FirstWord(null, false, null, false);
                firstWords[word] = reading with { GluedCountry = countryOfKey.GetValueOrDefault(prefix), GluedGoesOn = goesOn };
            }
        }
        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in firstWords.Keys)
        {
            var bit = FirstWordBit(word);
            _firstWordBits[bit >> 6] |= 1UL << (bit & 63);
        }
        foreach (var key in countryOfKey.Keys) _longestKey = Math.Max(_longestKey, key.Length);
        _maxNameTokens = maxNameTokens;
    }

    /// <summary>The country keys of <paramref name="table"/>; <paramref name="maxNameTokens"/> is the recognizer's longest match in words.</summary>
    public static CountryKeys From(PlaceNameTable table, int maxNameTokens)
    {
        var countryOfKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var properPrefixes = new HashSet<string>(StringComparer.Ordinal);
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
            for (var length = 1; length <= key.Length; length++)
            {
                var prefix = key[..length].ToString();
                prefixes.Add(prefix);
                if (length < key.Length) properPrefixes.Add(prefix);
            }
        }
        return new CountryKeys(countryOfKey, prefixes, properPrefixes, maxNameTokens);
    }

    /// <summary>Whether the recognizer could find in <paramref name="piece"/> (one of <see cref="TextPieces"/>) a name
    /// that means a country not in <paramref name="known"/>; false only when it certainly cannot.</summary>
    public bool MayNameOtherThan(ReadOnlySpan<char> piece, IReadOnlySet<string> known)
    {
        if (_longestKey == 0) return false;
        Span<char> key = _longestKey <= 256 ? stackalloc char[256] : new char[_longestKey];
        key = key[.._longestKey];
        var i = 0;
        int start;
        // Every match starts at a capitalised word: jump from capital to capital, as PlaceRecognizer.Recognize does.
        while ((start = PlaceRecognizer.NextCapitalWord(piece, i)) >= 0)
        {
            i = start + 1;
            var word = TokenScan.Read(piece, start);
            i = word.After;
            // The recognizer starts no match at a short acronym ("ISIS", "SDF") unless an article leads into it.
            if (word.End - word.Start <= 5 && PlaceRecognizer.IsAllCaps(piece, word)
                && !(PlaceRecognizer.MayFollowArticle(piece, start) && TokenScan.Previous(piece, word, out var before) && before.IsArticle
                     && word.Start - before.End <= 1))
                continue;
            var written = TokenScan.WriteNormalized(piece, word, key);
            if (written < 0 || !MayBeFirstWord(key[..written]) || !_firstWords.TryGetValue(key[..written], out var first)) continue;
            if ((first.PlainCountry is { } plain && !known.Contains(plain)) || (first.GluedCountry is { } glued && !known.Contains(glued))
                || (first.PlainGoesOn && GoesOnTo(piece, word, key, written, known)))
                return true;
            if (first.GluedGoesOn && written + 2 <= key.Length)
            {
                key[..written].CopyTo(key[2..]);
                "al".CopyTo(key);
                if (GoesOnTo(piece, word, key, written + 2, known)) return true;
            }
        }
        return false;
    }

    // A bit per hash of every first word: most capitalised words are none, and a bit turns them away without a lookup.
    private readonly ulong[] _firstWordBits = new ulong[FirstWordBitCount / 64];
    private const int FirstWordBitCount = 1 << 16;

    private bool MayBeFirstWord(ReadOnlySpan<char> word)
    {
        var bit = FirstWordBit(word);
        return (_firstWordBits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int FirstWordBit(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word) h = (h ^ c) * 16777619u;
        return (int)((h ^ (h >> 16)) & (FirstWordBitCount - 1));
    }

    // PlaceRecognizer.TryMatch's walk on from its first word (key[..length], a proper prefix of a country key), with the
    // country keys' prefixes in place of the whole index: whether it reaches a country not in known.
    private bool GoesOnTo(ReadOnlySpan<char> piece, TextToken first, Span<char> key, int length, IReadOnlySet<string> known)
    {
        var word = first;
        for (var n = 1; n < _maxNameTokens; n++)
        {
            if (!TokenScan.Next(piece, word, out var next) || next.Start - word.End > 2) break; // names do not span punctuation
            word = next;
            // Longer than every country key: no country key continues.
            if (!TokenScan.AppendKeyPart(piece, word, inside: true, key, ref length)) break;
            if (_countryOfKey.TryGetValue(key[..length], out var country) && !known.Contains(country)) return true;
            if (!_properPrefixes.Contains(key[..length])) break;
        }
        return false;
    }
}
