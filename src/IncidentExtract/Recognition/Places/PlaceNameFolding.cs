using System.Text;

namespace IncidentExtract.Recognition.Places;

/// <summary>
/// Folds place-name tokens so that transliteration variants meet: case, diacritics, apostrophes and
/// ayn/hamza marks (<c>Sāmarrā’</c> = <c>Samarra</c>, <c>Dar‘ā</c> = <c>Daraa</c>), plus the common
/// English spellings of Arabic sounds (<c>ou</c>/<c>u</c>, <c>ee</c>/<c>i</c>, doubled letters, a final
/// <c>-ah</c>/<c>-eh</c>): <c>Al-Baghouz</c> = <c>Al-Baghuz</c>, <c>Raqqah</c> = <c>Raqqa</c>,
/// <c>Hajjin</c> = <c>Hajin</c>, <c>Mayadeen</c> = <c>Mayadin</c>. Names and text go through the same fold.
/// </summary>
internal static class PlaceNameFolding
{
    private static readonly string[] Articles = ["al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "ath", "adh", "ed", "es", "er", "en", "et", "ez"];

    // Base letter of each Latin letter with diacritics (U+00C0–U+024F, U+1E00–U+1EFF; '.' = none), generated
    // from Unicode decompositions: the library runs with invariant globalization, where string.Normalize
    // does not decompose.
    private const string LatinBase = "aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkkllllll..llnnnnnnn..oooooooorrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzzs................................oo.............uu............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................";
    private const string LatinExtendedAdditionalBase = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

    public static bool IsArticle(ReadOnlySpan<char> folded)
    {
        foreach (var a in Articles)
        {
            if (folded.SequenceEqual(a)) return true;
        }
        return false;
    }

    /// <summary>True for apostrophe-like marks that sit inside transliterated words and are dropped.</summary>
    public static bool IsInWordMark(char c) => c is '\'' or '’' or '‘' or 'ʿ' or 'ʾ' or '`' or 'ʼ' or '´';

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>The folded (lower-case ASCII where possible) form of one letter or digit.</summary>
    public static char Fold(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        if (c is >= '\u00C0' and < '\u0250' && LatinBase[c - 0xC0] is var b and not '.') return b;
        if (c is >= '\u1E00' and < '\u1F00' && LatinExtendedAdditionalBase[c - 0x1E00] is var e and not '.') return e;
        return char.ToLowerInvariant(c);
    }

    public static void AppendFolded(StringBuilder sb, char c) => sb.Append(Fold(c));

    /// <summary>The spelling-variant fold of one already case/diacritic-folded token.</summary>
    public static string Normalize(string token)
    {
        var sb = new StringBuilder(token.Length);
        AppendNormalized(sb, token);
        return sb.ToString();
    }

    /// <summary>Appends the spelling-variant fold of one already case/diacritic-folded token.</summary>
    public static void AppendNormalized(StringBuilder sb, ReadOnlySpan<char> token)
    {
        Span<char> normalized = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        sb.Append(normalized[..Normalize(token, normalized)]);
    }

    /// <summary>Writes the spelling-variant fold of one already case/diacritic-folded token into
    /// <paramref name="destination"/> (at least as long as the token: the fold never lengthens it; it may be the token
    /// itself, since each character is written at or before the position it is read from); returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> token, Span<char> destination)
    {
        if (token is "tel" or "tell" or "tall") { "tal".CopyTo(destination); return 3; }
        if (token is "deir" or "dair" or "dayr") { "dayr".CopyTo(destination); return 4; }
        var length = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c == 'o' && i + 1 < token.Length && token[i + 1] == 'u') { c = 'u'; i++; }
            else if (c == 'e' && i + 1 < token.Length && token[i + 1] == 'e') { c = 'i'; i++; }
            else if (c == 'o' && i + 1 < token.Length && token[i + 1] == 'o') { c = 'u'; i++; }
            if (length > 0 && destination[length - 1] == c && char.IsLetter(c)) continue;
            destination[length++] = c;
        }
        if (length > 3 && destination[length - 1] == 'h' && destination[length - 2] is 'a' or 'e')
        {
            length -= 2;
            destination[length++] = 'a';
        }
        return length;
    }

    /// <summary>Whether two spellings fold to the same letters once case, diacritics, marks, spaces and punctuation
    /// are set aside ("Al-Raqqah" = "al Raqqah"): <see cref="Tokenize"/> of each, joined, compared, without making them.</summary>
    public static bool SameLetters(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !IsWordChar(a[i])) i++;
            while (j < b.Length && !IsWordChar(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (Fold(a[i]) != Fold(b[j])) return false;
            i++;
            j++;
        }
    }

    /// <summary>A whole name folded to its lookup keys: without its leading article and, if it had one, with it glued on.</summary>
    public static IEnumerable<string> Keys(string name)
    {
        var tokens = Tokenize(name);
        if (tokens.Count == 0) yield break;
        var start = tokens.Count > 1 && IsArticle(tokens[0]) ? 1 : 0;
        var sb = new StringBuilder();
        for (var i = start; i < tokens.Count; i++) sb.Append(Normalize(MidArticle(tokens, i)));
        yield return sb.ToString();
        if (start == 1) yield return Normalize("al") + sb;
    }

    /// <summary>The key prefixes at token boundaries (so that a scan knows when to stop extending).</summary>
    public static IEnumerable<string> Prefixes(string name)
    {
        var tokens = Tokenize(name);
        var start = tokens.Count > 1 && IsArticle(tokens[0]) ? 1 : 0;
        var sb = new StringBuilder();
        for (var i = start; i < tokens.Count - 1; i++)
        {
            sb.Append(Normalize(MidArticle(tokens, i)));
            yield return sb.ToString();
            if (start == 1) yield return "al" + sb;
        }
    }

    // An article inside a name ("Ma'arrat an Nu'man", "Deir ez-Zor") is written many ways: fold them all to "al".
    internal static string MidArticle(List<string> tokens, int i) =>
        i > 0 && i < tokens.Count - 1 && IsArticle(tokens[i]) ? "al" : tokens[i];

    internal static List<string> Tokenize(string s)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (IsWordChar(c)) AppendFolded(sb, c);
            else if (IsInWordMark(c) && sb.Length > 0) continue;
            else if (sb.Length > 0) { tokens.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) tokens.Add(sb.ToString());
        return tokens;
    }
}
