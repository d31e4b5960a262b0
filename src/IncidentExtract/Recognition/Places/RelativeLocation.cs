using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentExtract.Recognition.Places;

/// <summary>How the words just before a place name relate the incident to it ("about 30 km southeast of", "near").</summary>
internal readonly record struct RelativeLocation(int CueStart, GeoPrecision Precision, double? DistanceKm, string? Bearing)
{
    private const int Window = 80;

    /// <summary>The relation the text states right before <paramref name="mentionStart"/>; Exact when it states none.</summary>
    public static RelativeLocation Before(string text, int mentionStart) => Before(text, mentionStart, useGate: true);

    /// <summary>With <paramref name="useGate"/> off both patterns always run: a test proves the gate never changes a result.</summary>
    internal static RelativeLocation Before(string text, int mentionStart, bool useGate)
    {
        var from = Math.Max(0, mentionStart - Window);
        if (useGate && !MayEndWithCue(text.AsSpan(from, mentionStart - from))) return new RelativeLocation(mentionStart, GeoPrecision.Exact, null, null);
        var window = text.AsSpan(from, mentionStart - from);
        if (!useGate || MayStateDistance(window))
        {
            // Only a distance needs the groups, so only then is the window copied out.
            var offset = CuePatterns.Offset().Match(text[from..mentionStart]);
            if (offset.Success)
            {
                var km = double.Parse(offset.Groups["km"].Value, CultureInfo.InvariantCulture);
                return new RelativeLocation(from + offset.Index, GeoPrecision.Offset, km, ToBearing(offset.Groups["dir"].Value));
            }
        }
        foreach (var near in CuePatterns.Near().EnumerateMatches(window, useGate ? LastWordsStart(window) : 0))
            return new RelativeLocation(from + near.Index, GeoPrecision.Near, null, null);
        return new RelativeLocation(mentionStart, GeoPrecision.Exact, null, null);
    }

    /// <summary>Where the run of letters, white space and hyphens that ends <paramref name="window"/> starts. Every
    /// character of a <see cref="CuePatterns.Near"/> match is one of those, and a match ends the window: it lies in the
    /// run, and the search for it starts there instead of trying every position of the window.</summary>
    internal static int LastWordsStart(ReadOnlySpan<char> window)
    {
        var start = window.Length;
        while (start > 0 && (char.IsLetter(window[start - 1]) || char.IsWhiteSpace(window[start - 1]) || window[start - 1] == '-')) start--;
        return start;
    }

    /// <summary>
    /// Whether <see cref="CuePatterns.Offset"/> or <see cref="CuePatterns.Near"/> can match at the end of
    /// <paramref name="window"/>: both end in a space after "near", "nearby", "outside", "around", "close to", a
    /// direction ("northern", "south-east"), or "of" after one of Near's nouns ("outskirts of") or a direction, then
    /// perhaps "the" and a settlement kind with "of" ("near the city of"). Most names follow "in" or "at", or "of"
    /// after another word ("a resident of", "in the city of"), and skip both patterns.
    /// </summary>
    private static bool MayEndWithCue(ReadOnlySpan<char> window)
    {
        if (window.Length == 0 || !char.IsWhiteSpace(window[^1])) return false;
        // The patterns ignore case, and so read a Kelvin sign as "k": such a window is always matched.
        if (Events.LiteralGate.HasCaseFoldOddity(window)) return true;
        var word = LastWordAfterThe(ref window);
        if (word.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            var before = LastWord(ref window);
            if (!IsAny(before, SettlementKinds)) return IsCueBeforeOf(before);
            // "the city of", "the town of": the kind comes after the cue ("near the city of", "5 km north of the town of").
            word = LastWordAfterThe(ref window);
            return word.Equals("of", StringComparison.OrdinalIgnoreCase) ? IsCueBeforeOf(LastWord(ref window)) : IsLastCueWord(word, ref window);
        }
        return IsLastCueWord(word, ref window);
    }

    // The last word, or the one before it when it is "the".
    private static ReadOnlySpan<char> LastWordAfterThe(ref ReadOnlySpan<char> window)
    {
        var word = LastWord(ref window);
        return word.Equals("the", StringComparison.OrdinalIgnoreCase) ? LastWord(ref window) : word;
    }

    // "the outskirts of", "the southern part of", "5 km north of".
    private static bool IsCueBeforeOf(ReadOnlySpan<char> word) => IsAny(word, NounsBeforeOf) || EndsWithAny(word, CueWordEndings);

    // A cue that ends other than in "of": "near", "nearby", "outside", "around", "close to", a direction.
    private static bool IsLastCueWord(scoped ReadOnlySpan<char> word, ref ReadOnlySpan<char> window)
    {
        // "close to" is the only cue that ends in "to".
        if (word.Equals("to", StringComparison.OrdinalIgnoreCase)) return LastWord(ref window).Equals("close", StringComparison.OrdinalIgnoreCase);
        return IsAny(word, LastCueWords) || EndsWithAny(word, CueWordEndings);
    }

    private static bool IsAny(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Whether <see cref="CuePatterns.Offset"/> may match: each of its matches spells "km" or "kilomet…"
    /// (in any case, so a Kelvin sign, which a case-insensitive pattern reads as "k", lets it run too).</summary>
    private static bool MayStateDistance(ReadOnlySpan<char> window) =>
        window.ContainsAny(DistanceUnits) || Events.LiteralGate.HasCaseFoldOddity(window);

    private static readonly System.Buffers.SearchValues<string> DistanceUnits =
        System.Buffers.SearchValues.Create(["km", "kilomet"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] LastCueWords = ["near", "nearby", "outside", "around"];
    // The nouns Near puts before "of" ("outskirts", "rural area", "southern part"); "area of" and "region of" also end
    // both patterns' optional settlement kind.
    private static readonly string[] NounsBeforeOf = ["outskirts", "vicinity", "environs", "surroundings", "countryside", "area", "region", "part"];
    private static readonly string[] CueWordEndings = ["north", "south", "east", "west", "ern"];

    // The run of letters before the trailing spaces; the window is left before it.
    private static ReadOnlySpan<char> LastWord(ref ReadOnlySpan<char> window)
    {
        var end = window.Length;
        while (end > 0 && char.IsWhiteSpace(window[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(window[start - 1])) start--;
        var word = window[start..end];
        window = window[..start];
        return word;
    }

    /// <summary>"Samarra area", "Hajin rural area": the words after the name make it approximate.</summary>
    public static bool AreaAfter(string text, int mentionEnd) =>
        CuePatterns.AreaAfter().IsMatch(text.AsSpan(mentionEnd, Math.Min(24, text.Length - mentionEnd)));

    /// <summary>"Deir ez-Zor Province": the words after the name ask for the region, not the town.</summary>
    public static bool ProvinceAfter(string text, int mentionEnd) =>
        CuePatterns.ProvinceAfter().IsMatch(text.AsSpan(mentionEnd, Math.Min(16, text.Length - mentionEnd)));

    /// <summary>"…Diban, 5 km east of Al-Mayadeen": the text between two names makes the second only a locator.</summary>
    public static bool IsLocatorGap(ReadOnlySpan<char> between) => CuePatterns.LocatorGap().IsMatch(between);

    /// <summary>"the road to X", "from X", "the border with X": X is not where it happened.</summary>
    public static bool IsDirectionalBefore(string text, int mentionStart) => IsDirectionalBefore(text, mentionStart, useGate: true);

    /// <summary>With <paramref name="useGate"/> off the pattern always runs: a test proves the gate never changes a result.</summary>
    internal static bool IsDirectionalBefore(string text, int mentionStart, bool useGate)
    {
        var from = Math.Max(0, mentionStart - 30);
        var window = text.AsSpan(from, mentionStart - from);
        return (!useGate || MayEndWithDirection(window)) && CuePatterns.Directional().IsMatch(window);
    }

    /// <summary>Whether <see cref="CuePatterns.Directional"/> can match at the end of <paramref name="window"/>: it ends
    /// in a space after "to", "toward(s)", "from", "with", "between" or "and", then perhaps "the" and "city of" (or
    /// "town of", "village of"). Most names follow none of them.</summary>
    private static bool MayEndWithDirection(ReadOnlySpan<char> window)
    {
        if (window.Length == 0 || !char.IsWhiteSpace(window[^1])) return false;
        if (Events.LiteralGate.HasCaseFoldOddity(window)) return true;
        var word = LastWord(ref window);
        if (word.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            if (!IsAny(LastWord(ref window), SettlementKinds)) return false;
            word = LastWord(ref window);
        }
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase)) word = LastWord(ref window);
        return IsAny(word, DirectionalCueWords);
    }

    private static readonly string[] SettlementKinds = ["city", "town", "village"];
    private static readonly string[] DirectionalCueWords = ["to", "toward", "towards", "from", "with", "between", "and"];

    /// <summary>"ISIS operatives who had fled after the takeover of Al-Hawija": a place in a relative clause about an
    /// earlier event is background, not where this incident happened.</summary>
    public static bool IsInBackgroundClause(string text, int mentionStart)
    {
        var from = Math.Max(0, mentionStart - 70);
        var window = text.AsSpan(from, mentionStart - from);
        return window.Contains(" had ", StringComparison.OrdinalIgnoreCase) && CuePatterns.BackgroundClause().IsMatch(window);
    }

    /// <summary>Cheap pre-filter for <see cref="IsInBackgroundClause"/> over a whole text.</summary>
    public static bool MayHaveBackgroundClause(string text) => text.Contains(" had ", StringComparison.OrdinalIgnoreCase);

    /// <summary>"the Damascus-Deir Al-Zour Road": a place in a road's name is where the road goes, not where it happened.</summary>
    public static bool IsInRoadName(string text, int mentionEnd) =>
        CuePatterns.RoadNameAfter().IsMatch(text.AsSpan(mentionEnd, Math.Min(40, text.Length - mentionEnd)));

    private static string ToBearing(string dir)
    {
        var d = dir.ToLowerInvariant().Replace("-", "").Replace("ern", "");
        return d switch
        {
            "north" => "N", "south" => "S", "east" => "E", "west" => "W",
            "northeast" => "NE", "northwest" => "NW", "southeast" => "SE", "southwest" => "SW",
            _ => d.ToUpperInvariant(),
        };
    }
}

internal static partial class CuePatterns
{
    private const string Dir = @"(?:north|south)?-?(?:east|west)|north|south";

    [GeneratedRegex(@"(?:(?:about|around|some|approximately|roughly|nearly|only|over|some)\s+)?(?<km>\d+(?:\.\d+)?)\s*(?:km|kms|kilometers?|kilometres?)\s+(?:to\s+the\s+)?(?<dir>" + Dir + @")\s+of\s+(?:the\s+)?(?:(?:city|town|village|area)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Offset();

    [GeneratedRegex(@"\b(?:near|nearby|outside|around|close\s+to|(?:the\s+)?(?:outskirts|vicinity|environs|surroundings|countryside|rural\s+area|area|region)\s+of|(?:" + Dir + @")(?:ern)?(?:\s+(?:part|rural\s+area|countryside|outskirts))?\s+of|in\s+(?:" + Dir + @")(?:ern)?|(?:" + Dir + @")ern)\s+(?:the\s+)?(?:(?:city|town|village|area|region)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Near();

    [GeneratedRegex(@"^\s+(?:rural\s+)?(?:area|region|countryside|environs|surroundings|outskirts|district)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AreaAfter();

    [GeneratedRegex(@"^\s+(?:province|governorate|wilayat|region\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ProvinceAfter();

    [GeneratedRegex(@"^\s*[,(–-]\s*(?:(?:about|around|some|approximately|roughly|nearly)\s+)?(?:\d+(?:\.\d+)?\s*(?:km|kms|kilometers?|kilometres?)\s+)?(?:to\s+the\s+)?(?:(?:" + Dir + @")(?:ern)?\s+of|near|outside|in)\s+(?:the\s+)?(?:(?:city|town|village|capital)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex LocatorGap();

    [GeneratedRegex(@"(?:\broad\s+(?:to|from|between)|\btowards?|(?<!\b(?:fire|gunfire|shots?)\s+)\bfrom|\bborder\s+(?:with|between)|\bcrossing\s+(?:with|between)|\bbetween\s+(?:Iraq|Syria|Turkey|Jordan|Lebanon)\s+and)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Directional();

    /// <summary>A settlement named by its kind, whether or not the gazetteer knows it: "the village of Tundarat".</summary>
    [GeneratedRegex(@"\b(?:village|town|city|villages|towns|hamlet|neighbou?rhood|camp)\s+of\s+(?<name>(?:(?:Al|al|El|el|Ar|As|Ad)-)?\p{Lu}[\p{L}’'‘ʿ]+(?:[ -](?:(?:Al|al|El|el)-)?\p{Lu}[\p{L}’'‘ʿ]+){0,3})", RegexOptions.CultureInvariant)]
    public static partial Regex NamedSettlement();

    /// <summary>A named facility or area: "the Al-Wa’ar dam road", "the Conoco gas field", "the Al-Abbasi area".</summary>
    [GeneratedRegex(@"\bthe\s+(?<name>(?:(?:Al|al|El|el)-)?\p{Lu}[\p{L}’'‘ʿ]+(?:[ -](?:(?:Al|al|El|el)-)?\p{Lu}[\p{L}’'‘ʿ]+){0,2})\s+(?:dam|oilfield|oil\s+field|gas\s+field|field|crossing|prison|camp|airport|air\s+base|airbase|bridge|area|district|desert|mountains?|plain)\b", RegexOptions.CultureInvariant)]
    public static partial Regex NamedFeature();

    [GeneratedRegex(@"^(?:\s*[-–]\s*(?:(?:Al|al|El)-)?\p{Lu}[\p{L}’']*(?:[ -]\p{Lu}[\p{L}’']*){0,2})?\s+(?:road|highway)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex RoadNameAfter();

    // "who had fled after the takeover of", "who had escaped from": where the actors came from, not where this happened.
    // Only verbs of leaving: "operatives who had infiltrated into X were killed" happened in X.
    [GeneratedRegex(@"\b(?:who|which|that)\s+had\s+(?:fled|escaped|left|withdrawn|retreated|been\s+(?:expelled|driven\s+out|evacuated|released))\b[^.,;:()]{0,45}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BackgroundClause();

    /// <summary>"fell in Israeli territory", "into Syrian airspace": a demonym that names the country where it happened.</summary>
    [GeneratedRegex(@"\b(?:in|into|inside|within|on|over)\s+(?<demonym>\p{Lu}\p{Ll}{3,})\s+(?:territory|airspace|soil|territorial\s+waters|waters)\b", RegexOptions.CultureInvariant)]
    public static partial Regex DemonymTerritory();

    [GeneratedRegex(@"\([^()]*\)")]
    public static partial Regex Parenthetical();
}
