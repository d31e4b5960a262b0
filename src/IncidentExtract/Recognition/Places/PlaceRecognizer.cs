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

    private readonly Dictionary<string, IndexEntry> _index;
    private readonly Dictionary<string, IndexEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly PlaceGuards _guards;

    public PlaceRecognizer(Gazetteer gazetteer)
    {
        _guards = PlaceGuards.LoadEmbedded();
        var building = new Dictionary<string, (List<Place> Places, bool HasLonger)>(gazetteer.Places.Count * 4, StringComparer.Ordinal);
        foreach (var place in gazetteer.Places)
        {
            AddName(building, place.Name, place);
            foreach (var alias in place.Aliases) AddName(building, alias, place);
        }
        _index = new Dictionary<string, IndexEntry>(building.Count, StringComparer.Ordinal);
        foreach (var (key, value) in building)
        {
            var places = value.Places.Distinct().OrderByDescending(p => p.Population ?? 0).ToArray();
            _index[key] = new IndexEntry(places, value.HasLonger);
        }
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var place in gazetteer.Places)
        {
            if (place.Kind == PlaceKind.Country) _countries.TryAdd(place.Country, place);
        }
    }

    private readonly Dictionary<string, Place> _countries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The gazetteer's entry for a country, by its canonical name.</summary>
    public Place? Country(string name) => _countries.GetValueOrDefault(name);

    private static void AddName(Dictionary<string, (List<Place> Places, bool HasLonger)> index, string name, Place place)
    {
        foreach (var key in PlaceNameFolding.Keys(name))
        {
            if (key.Length == 0) continue;
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, key, out var exists);
            if (!exists) slot = ([], false);
            slot.Places.Add(place);
        }
        foreach (var prefix in PlaceNameFolding.Prefixes(name))
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, prefix, out var exists);
            if (!exists) slot = ([], true);
            else slot.HasLonger = true;
        }
    }

    /// <summary>Place mentions in <paramref name="text"/>, left to right, longest match first, never overlapping.</summary>
    public IReadOnlyList<PlaceMention> Recognize(string text)
    {
        var tokens = TextToken.Scan(text);
        var mentions = new List<PlaceMention>();
        var key = new StringBuilder(64);
        var buffer = new char[256];
        for (var i = 0; i < tokens.Count; i++)
        {
            var first = tokens[i];
            var startsWithArticle = first.IsArticle && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised
                && tokens[i + 1].Start - first.End <= 1;
            if (!first.IsCapitalised && !startsWithArticle) continue;
            if (!first.IsCapitalised && first.Folded is not ("al" or "el")) continue;

            var best = TryMatch(tokens, startsWithArticle ? i + 1 : i, key, ref buffer);
            if (startsWithArticle)
            {
                // "Albukamal" is indexed glued; "Al-Bukamal" reaches it with the article glued back on.
                var glued = TryMatch(tokens, i + 1, key, ref buffer, gluedArticle: true);
                if (glued.End > best.End) best = glued;
            }
            if (best.Places is null) continue;

            var start = first.Start;
            var end = tokens[best.End].End;
            var asWritten = text[start..end];
            var words = FoldedWords(tokens, i, best.End);
            var bare = words.StartsWith("al ", StringComparison.Ordinal) ? words[3..] : words;
            if (_guards.NeverPlaces.Contains(words) || _guards.NeverPlaces.Contains(bare)) continue;
            if ((_guards.NotPlaces.Contains(words) || _guards.NotPlaces.Contains(bare)) && !HasLocativeBefore(text, start)) continue;
            mentions.Add(new PlaceMention(start, end - start, asWritten, best.Places, IsActorUse(tokens, best.End, best.Places)));
            i = best.End;
        }
        return mentions;
    }

    private (Place[]? Places, int End) TryMatch(List<TextToken> tokens, int from, StringBuilder key, ref char[] buffer, bool gluedArticle = false)
    {
        key.Clear();
        if (gluedArticle) key.Append("al");
        Place[]? found = null;
        var foundEnd = -1;
        for (var j = from; j < tokens.Count && j < from + MaxNameTokens; j++)
        {
            if (j > from && tokens[j].Start - tokens[j - 1].End > 2) break; // names do not span punctuation
            key.Append(j > from && tokens[j].IsArticle && j + 1 < tokens.Count ? "al" : tokens[j].Normalized);
            if (key.Length > buffer.Length) buffer = new char[key.Length * 2];
            key.CopyTo(0, buffer, key.Length);
            if (!_lookup.TryGetValue(buffer.AsSpan(0, key.Length), out var entry)) break;
            if (entry.Places.Length > 0) { found = entry.Places; foundEnd = j; }
            if (!entry.HasLonger) break;
        }
        return (found, foundEnd);
    }

    private static string FoldedWords(List<TextToken> tokens, int from, int to)
    {
        var sb = new StringBuilder();
        for (var i = from; i <= to; i++)
        {
            if (i > from) sb.Append(' ');
            sb.Append(tokens[i].Folded);
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
    private bool IsActorUse(List<TextToken> tokens, int lastToken, Place[] places)
    {
        if (lastToken + 1 >= tokens.Count) return false;
        var next = tokens[lastToken + 1];
        if (next.Start - tokens[lastToken].End > 1) return false;
        var isCountryOrRegion = false;
        foreach (var p in places)
        {
            if (p.Kind is PlaceKind.Country) { isCountryOrRegion = true; break; }
        }
        return isCountryOrRegion && _guards.ActorNouns.Contains(next.Folded);
    }

    private sealed record IndexEntry(Place[] Places, bool HasLonger);
}

/// <summary>One word of the scanned text with its folded forms.</summary>
internal readonly record struct TextToken(int Start, int End, string Folded, string Normalized, bool IsCapitalised, bool IsArticle)
{
    public static List<TextToken> Scan(string text)
    {
        var tokens = new List<TextToken>(text.Length / 6);
        var sb = new StringBuilder(32);
        var i = 0;
        while (i < text.Length)
        {
            if (!PlaceNameFolding.IsWordChar(text[i])) { i++; continue; }
            var start = i;
            sb.Clear();
            while (i < text.Length)
            {
                var c = text[i];
                if (PlaceNameFolding.IsWordChar(c)) { PlaceNameFolding.AppendFolded(sb, c); i++; }
                else if (PlaceNameFolding.IsInWordMark(c) && i + 1 < text.Length && PlaceNameFolding.IsWordChar(text[i + 1])) i++;
                else break;
            }
            // Possessive "’s" is not part of the name ("Al-Raqqah’s Old City").
            var end = i;
            if (sb.Length > 2 && sb[^1] == 's' && end >= 2 && PlaceNameFolding.IsInWordMark(text[end - 2]))
            {
                sb.Length--;
                end -= 2;
            }
            var folded = sb.ToString();
            var isArticle = PlaceNameFolding.IsArticle(folded) && i < text.Length && text[i] is '-' or ' ' or '‐';
            tokens.Add(new TextToken(start, end, folded, PlaceNameFolding.Normalize(folded), char.IsUpper(text[start]), isArticle));
        }
        return tokens;
    }
}
