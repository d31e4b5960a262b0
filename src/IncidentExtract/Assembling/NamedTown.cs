using System.Text.RegularExpressions;
using IncidentExtract.Gazetteers;
using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Assembling;

/// <summary>A place a sentence names, as written, with its country; <see cref="IsTown"/> when it is a town, village or site.</summary>
public sealed record NamedPlace(string AsWritten, string Country, bool IsTown);

/// <summary>
/// The place a sentence is about, for telling when a block moves on to an event elsewhere: its
/// first town, village or site, else its first country ("In Somalia Al-Shabaab detonated …").
/// Names in parentheses are locators, and names used for actors ("the Mali army") are not places.
/// </summary>
public static partial class NamedTown
{
    public static Func<string, NamedPlace?> Finder(PlaceRecognizer places) => Finder(places.Recognize);

    /// <summary>As <see cref="Finder(PlaceRecognizer)"/>, reading one report's scans (each sentence is then scanned once
    /// for the whole run over the report).</summary>
    public static Func<string, NamedPlace?> Finder(ReportPlaces report) => Finder(report.Recognize);

    private static Func<string, NamedPlace?> Finder(Func<string, IReadOnlyList<PlaceMention>> recognize) => text =>
    {
        NamedPlace? country = null;
        foreach (var mention in recognize(text))
        {
            if (mention.IsActorUse || InsideParentheses(text, mention.Start) || mention.Candidates.Count == 0) continue;
            // "women and their children from the state of Kerala, in southwestern India": where people come from.
            if (Origin().IsMatch(text.AsSpan(Math.Max(0, mention.Start - 60), Math.Min(60, mention.Start)))) continue;
            if (First(mention.Candidates, IsTownKind) is { } town) return new NamedPlace(mention.AsWritten, town.Country, IsTown: true);
            if (country is null && First(mention.Candidates, static kind => kind == PlaceKind.Country) is { } c)
                country = new NamedPlace(mention.AsWritten, c.Country, IsTown: false);
        }
        return country;
    };

    [GeneratedRegex(@"\bfrom (?:the (?:state|city|town|village|province|region) of )?$|\bfrom [\w ,-]{0,30}, in (?:\w+ )?$", RegexOptions.CultureInvariant)]
    private static partial Regex Origin();

    private static bool IsTownKind(PlaceKind kind) =>
        kind is PlaceKind.City or PlaceKind.Town or PlaceKind.Village or PlaceKind.Site or PlaceKind.District;

    private static Place? First(IReadOnlyList<Place> places, Func<PlaceKind, bool> kind)
    {
        for (var i = 0; i < places.Count; i++)
        {
            if (kind(places[i].Kind)) return places[i];
        }
        return null;
    }

    private static bool InsideParentheses(string text, int index)
    {
        if (text.IndexOf('(', 0, index) < 0) return false;
        int depth = 0;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && depth > 0) depth--;
        }
        return depth > 0;
    }
}
