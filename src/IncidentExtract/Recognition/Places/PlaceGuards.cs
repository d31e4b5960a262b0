using System.Reflection;

namespace IncidentExtract.Recognition.Places;

/// <summary>The data behind the recognizer's guards (place-guards.txt, embedded): words that are rarely
/// the place they name, and nouns that make a preceding country an actor.</summary>
internal sealed class PlaceGuards
{
    private const string ResourceName = "IncidentExtract.Recognition.Places.place-guards.txt";

    public required IReadOnlySet<string> NotPlaces { get; init; }
    public required IReadOnlySet<string> ActorNouns { get; init; }
    public required IReadOnlySet<string> NeverPlaces { get; init; }
    public required IReadOnlySet<string> Designators { get; init; }
    public required IReadOnlySet<string> FunctionWords { get; init; }

    /// <summary>Folded demonym → the gazetteer's country name ("syrian" → "Syria").</summary>
    public required IReadOnlyDictionary<string, string> Demonyms { get; init; }

    public static PlaceGuards LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static PlaceGuards Parse(string text)
    {
        var notPlaces = new HashSet<string>(StringComparer.Ordinal);
        var actorNouns = new HashSet<string>(StringComparer.Ordinal);
        var neverPlaces = new HashSet<string>(StringComparer.Ordinal);
        var designators = new HashSet<string>(StringComparer.Ordinal);
        var functionWords = new HashSet<string>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        var inDemonyms = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line == "[demonyms]") { current = null; inDemonyms = true; continue; }
            if (line[0] == '[') inDemonyms = false;
            if (inDemonyms)
            {
                var eq = line.IndexOf('=');
                if (eq > 0) demonyms[string.Join(' ', PlaceNameFolding.Tokenize(line[..eq]))] = line[(eq + 1)..].Trim();
                continue;
            }
            if (line == "[not-places]") { current = notPlaces; continue; }
            if (line == "[actor-nouns]") { current = actorNouns; continue; }
            if (line == "[never-places]") { current = neverPlaces; continue; }
            if (line == "[designators]") { current = designators; continue; }
            if (line == "[function-words]") { current = functionWords; continue; }
            current?.Add(string.Join(' ', PlaceNameFolding.Tokenize(line)));
        }
        return new PlaceGuards { NotPlaces = notPlaces, ActorNouns = actorNouns, NeverPlaces = neverPlaces, Designators = designators, FunctionWords = functionWords, Demonyms = demonyms };
    }
}
