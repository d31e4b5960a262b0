using System.Globalization;
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

    // Built once from Unicode decompositions: Latin letter → its base letter(s), lower case.
    private static readonly string?[] LatinFold = BuildLatinFold();

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

    /// <summary>Appends the folded form of one letter or digit.</summary>
    public static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < 128)
        {
            sb.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
            return;
        }
        if (c < LatinFold.Length && LatinFold[c] is { } f)
        {
            sb.Append(f);
            return;
        }
        sb.Append(char.ToLowerInvariant(c));
    }

    /// <summary>The spelling-variant fold of one already case/diacritic-folded token.</summary>
    public static string Normalize(string token)
    {
        if (token is "tel" or "tell" or "tall") return "tal";
        if (token is "deir" or "dair" or "dayr") return "dayr";
        var sb = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c == 'o' && i + 1 < token.Length && token[i + 1] == 'u') { c = 'u'; i++; }
            else if (c == 'e' && i + 1 < token.Length && token[i + 1] == 'e') { c = 'i'; i++; }
            else if (c == 'o' && i + 1 < token.Length && token[i + 1] == 'o') { c = 'u'; i++; }
            if (sb.Length > 0 && sb[^1] == c && char.IsLetter(c)) continue;
            sb.Append(c);
        }
        if (sb.Length > 3 && sb[^1] == 'h' && sb[^2] is 'a' or 'e')
        {
            sb.Length -= 2;
            sb.Append('a');
        }
        return sb.ToString();
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

    private static string?[] BuildLatinFold()
    {
        var table = new string?[0x2000];
        for (var c = 0xC0; c < table.Length; c++)
        {
            var ch = (char)c;
            if (!char.IsLetter(ch)) continue;
            var special = ch switch
            {
                'ß' => "ss", 'æ' or 'Æ' => "ae", 'ø' or 'Ø' => "o", 'đ' or 'Đ' => "d", 'ł' or 'Ł' => "l", 'ı' => "i",
                'œ' or 'Œ' => "oe", 'þ' or 'Þ' => "th", 'ð' or 'Ð' => "d", 'ħ' or 'Ħ' => "h",
                _ => null,
            };
            if (special is not null) { table[c] = special; continue; }
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            var sb = new StringBuilder();
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) continue;
                if (d < 128 && char.IsLetter(d)) sb.Append(char.ToLowerInvariant(d));
            }
            if (sb.Length > 0) table[c] = sb.ToString();
        }
        return table;
    }
}
