using System.Globalization;
using System.Text;

namespace IncidentExtract.Gazetteers;

/// <summary>
/// Fast path for the generated gazetteer's place lines: <c>  - {name: X, aliases: [A, "B"], kind: city, …}</c>.
/// Handles plain and simple double-quoted scalars only; any line it is not sure of makes it give up on the
/// whole places block, which then goes to the full YAML parser (so errors keep exact positions).
/// </summary>
internal static class FlowLineParser
{
    /// <summary>
    /// Parses the top-level <c>places:</c> block's lines into <paramref name="places"/> and returns the text
    /// with those lines blanked (line numbers unchanged) for the YAML parser; or the text untouched.
    /// </summary>
    public static string TakePlaceLines(string text, string source, List<Place> places, List<string> warnings)
    {
        var blockStart = FindPlacesBlock(text);
        if (blockStart < 0) return text;

        var parsed = new List<PlaceEntry>();
        var pos = blockStart;
        var end = blockStart;
        while (pos < text.Length)
        {
            var lineEnd = text.IndexOf('\n', pos);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text.AsSpan(pos, lineEnd - pos).TrimEnd('\r');
            var trimmed = line.TrimStart(' ');
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                // blank and comment lines stay inside the block
            }
            else if (line.Length > 0 && line[0] != ' ')
            {
                break; // next top-level key
            }
            else if (TryParse(line, out var entry))
            {
                parsed.Add(entry);
                end = lineEnd;
            }
            else
            {
                return text; // not our shape: let the YAML parser read (and judge) everything
            }
            pos = lineEnd + 1;
        }
        if (parsed.Count == 0) return text;

        foreach (var entry in parsed)
        {
            if (entry.ToPlace(source, warnings) is { } place) places.Add(place);
        }
        // Keep the newlines so that YAML errors further down still point at the right line.
        var sb = new StringBuilder(text.Length - (end - blockStart));
        sb.Append(text, 0, blockStart);
        for (var i = blockStart; i < end; i++)
        {
            if (text[i] == '\n') sb.Append('\n');
        }
        sb.Append(text, end, text.Length - end);
        return sb.ToString();
    }

    private static int FindPlacesBlock(string text)
    {
        var idx = 0;
        while (idx < text.Length)
        {
            if (string.CompareOrdinal(text, idx, "places:", 0, 7) == 0)
            {
                var lineEnd = text.IndexOf('\n', idx);
                if (lineEnd < 0) return -1;
                var after = text.AsSpan(idx + 7, lineEnd - idx - 7).Trim();
                return after.IsEmpty ? lineEnd + 1 : -1;
            }
            var next = text.IndexOf('\n', idx);
            if (next < 0) return -1;
            idx = next + 1;
        }
        return -1;
    }

    internal static bool TryParse(ReadOnlySpan<char> line, out PlaceEntry entry)
    {
        entry = null!;
        var s = line.TrimStart(' ');
        if (!s.StartsWith("- {") || !s.EndsWith("}")) return false;
        s = s[3..];
        string? name = null, kind = null, admin1 = null, country = null;
        double? lat = null, lon = null;
        long? population = null;
        IReadOnlyList<string> aliases = [];
        while (true)
        {
            s = s.TrimStart(' ');
            if (s.SequenceEqual("}")) break;
            var colon = s.IndexOf(':');
            if (colon <= 0 || colon + 1 >= s.Length || s[colon + 1] != ' ') return false;
            var key = s[..colon];
            s = s[(colon + 2)..].TrimStart(' ');
            if (!s.IsEmpty && s[0] == '[')
            {
                var list = new List<string>();
                s = s[1..];
                while (true)
                {
                    s = s.TrimStart(' ');
                    if (s.IsEmpty) return false;
                    if (s[0] == ']') { s = s[1..]; break; }
                    if (!TryScalar(ref s, ']', out var item)) return false;
                    list.Add(item);
                    s = s.TrimStart(' ');
                    if (!s.IsEmpty && s[0] == ',') s = s[1..];
                }
                if (key.SequenceEqual("aliases")) aliases = list;
                else return false;
            }
            else
            {
                if (!TryScalar(ref s, '}', out var value)) return false;
                switch (key)
                {
                    case "name": name = value; break;
                    case "kind": kind = value; break;
                    case "admin1": admin1 = value; break;
                    case "country": country = value; break;
                    case "lat": if (!TryNumber(value, out lat)) return false; break;
                    case "lon": if (!TryNumber(value, out lon)) return false; break;
                    case "population":
                        if (!TryNumber(value, out var pop)) return false;
                        population = pop is null ? null : (long)pop.Value;
                        break;
                    default: return false;
                }
            }
            s = s.TrimStart(' ');
            if (s.SequenceEqual("}")) break;
            if (s.IsEmpty || s[0] != ',') return false;
            s = s[1..];
        }
        entry = new PlaceEntry(name, aliases, kind, admin1, country, lat, lon, population);
        return true;
    }

    private static bool TryNumber(string value, out double? number)
    {
        number = null;
        if (value is "" or "~" or "null") return true;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return false;
        number = d;
        return true;
    }

    /// <summary>A plain scalar (ends at ',' or the closer) or a double-quoted one with only \" and \\ escapes.</summary>
    private static bool TryScalar(ref ReadOnlySpan<char> s, char closer, out string value)
    {
        value = "";
        if (s.IsEmpty) return false;
        if (s[0] == '"')
        {
            var sb = new StringBuilder();
            for (var i = 1; i < s.Length; i++)
            {
                var c = s[i];
                if (c == '\\')
                {
                    if (i + 1 >= s.Length || (s[i + 1] != '"' && s[i + 1] != '\\')) return false;
                    sb.Append(s[++i]);
                }
                else if (c == '"')
                {
                    value = sb.ToString();
                    s = s[(i + 1)..];
                    return true;
                }
                else sb.Append(c);
            }
            return false;
        }
        // Characters that mean something else in YAML: leave those lines to the real parser.
        if ("'[]{}#&*!|>%@`\"?".Contains(s[0])) return false;
        var end = 0;
        while (end < s.Length && s[end] != ',' && s[end] != closer)
        {
            var c = s[end];
            if (c is '[' or ']' or '{' or '}' or '"') return false;
            if (c == '#' && end > 0 && s[end - 1] == ' ') return false;
            if (c == ':' && (end + 1 == s.Length || s[end + 1] == ' ')) return false;
            end++;
        }
        if (end == s.Length) return false;
        value = s[..end].TrimEnd(' ').ToString();
        s = s[end..];
        return true;
    }
}
