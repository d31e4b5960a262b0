using System.Globalization;
using System.Reflection;
using IncidentExtract.Recognition.Places;
using YamlDotNet.Core;

namespace IncidentExtract.Gazetteers;

/// <summary>Reads gazetteer YAML (the embedded default or a user's file) into a <see cref="Gazetteer"/>.</summary>
/// <remarks>
/// The shipped file holds ~40,000 places, one flow mapping per line, and the CLI loads it on every run.
/// Those lines go through <see cref="FlowLineParser"/> (a few µs each); everything else — the actors, and
/// any file whose place lines are not in that simple shape — goes through YamlDotNet's event parser, so a
/// malformed file still gets YamlDotNet's exact line and column.
/// </remarks>
public static class GazetteerLoader
{
    private const string ResourceName = "IncidentExtract.gazetteer.yaml";

    /// <summary>The gazetteer shipped inside the library (built from the repository's gazetteer.yaml).</summary>
    /// <remarks>Read from the <see cref="GazetteerCache"/> when it holds this very YAML; else parsed, and cached for the next run.</remarks>
    public static Gazetteer LoadDefault()
    {
        byte[] yaml;
        using (var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing"))
        {
            yaml = new byte[stream.Length];
            stream.ReadExactly(yaml);
        }
        var cachePath = GazetteerCache.PathFor(yaml);
        if (cachePath is not null && GazetteerCache.TryRead(cachePath) is { } cached) return cached;

        using var reader = new StreamReader(new MemoryStream(yaml));
        var parsed = Load(reader, "gazetteer.yaml (embedded)");
        if (cachePath is null) return parsed;
        var index = PlaceRecognizer.BuildIndex(parsed.Places);
        GazetteerCache.TryWrite(cachePath, parsed, index);
        return new Gazetteer(parsed.Places, parsed.Actors, parsed.Warnings) { PlaceIndex = index };
    }

    /// <summary>The default gazetteer with the user's file merged on top, or the default alone.</summary>
    public static Gazetteer LoadWithOverrides(string? userFile)
    {
        var baseline = LoadDefault();
        if (userFile is null) return baseline;
        if (!File.Exists(userFile)) throw new GazetteerException(userFile, 0, 0, "file not found");
        using var reader = new StreamReader(userFile);
        return baseline.MergedWith(Load(reader, userFile));
    }

    public static Gazetteer Load(TextReader reader, string sourceName)
    {
        var text = reader.ReadToEnd();
        var warnings = new List<string>();
        var places = new List<Place>();
        var rest = FlowLineParser.TakePlaceLines(text, sourceName, places, warnings);

        YamlNode? root;
        try
        {
            root = YamlTree.Parse(rest);
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new GazetteerException(sourceName, e.Start.Line, e.Start.Column, reason);
        }

        var actors = new List<Actor>();
        if (root is YamlMap map)
        {
            if (map.Get("places") is YamlList placeList)
            {
                foreach (var item in placeList.Items)
                {
                    var entry = PlaceEntry.From(Expect<YamlMap>(item, sourceName, "a place entry must be a mapping"), sourceName);
                    if (entry.ToPlace(sourceName, warnings) is { } place) places.Add(place);
                }
            }
            else if (map.Get("places") is { } notList and not YamlScalar { IsNull: true })
            {
                throw Error(notList, sourceName, "'places' must be a list");
            }
            if (map.Get("actors") is YamlList actorList)
            {
                foreach (var item in actorList.Items)
                {
                    var a = Expect<YamlMap>(item, sourceName, "an actor entry must be a mapping");
                    var name = a.String("name", sourceName);
                    if (string.IsNullOrWhiteSpace(name))
                    {
                        warnings.Add($"{sourceName}: actor entry without a name skipped");
                        continue;
                    }
                    actors.Add(new Actor(name.Trim(), a.Strings("aliases", sourceName), ParseActorKind(a.String("kind", sourceName)),
                        a.String("country", sourceName), a.Strings("branches", sourceName)));
                }
            }
        }
        else if (root is not null and not YamlScalar { IsNull: true })
        {
            throw Error(root, sourceName, "a gazetteer must be a mapping with 'places' and 'actors'");
        }
        return new Gazetteer(places, actors, warnings);
    }

    internal static T Expect<T>(YamlNode node, string source, string reason) where T : YamlNode =>
        node as T ?? throw Error(node, source, reason);

    internal static GazetteerException Error(YamlNode node, string source, string reason) =>
        new(source, node.Start.Line, node.Start.Column, reason);

    internal static PlaceKind ParsePlaceKind(string? kind) =>
        Enum.TryParse<PlaceKind>((kind ?? "").Replace("_", ""), ignoreCase: true, out var k) ? k : PlaceKind.Town;

    private static ActorKind ParseActorKind(string? kind) =>
        Enum.TryParse<ActorKind>((kind ?? "").Replace("_", "").Replace(" ", ""), ignoreCase: true, out var k) ? k : ActorKind.Other;
}

/// <summary>One place entry as written, before validation; shared by both parsing paths.</summary>
internal sealed record PlaceEntry(
    string? Name, IReadOnlyList<string> Aliases, string? Kind, string? Admin1, string? Country,
    double? Lat, double? Lon, long? Population)
{
    public static PlaceEntry From(YamlMap m, string source) => new(
        m.String("name", source), m.Strings("aliases", source), m.String("kind", source), m.String("admin1", source),
        m.String("country", source), m.Number("lat", source), m.Number("lon", source),
        m.Number("population", source) is { } pop ? (long)pop : null);

    public Place? ToPlace(string source, List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Country))
        {
            warnings.Add($"{source}: place '{Name}' skipped: it needs a name and a country");
            return null;
        }
        // Both coordinates absent is allowed (a place known by name only); half a pair or nonsense is not.
        if (Lat is null != Lon is null || Lat is < -90 or > 90 || Lon is < -180 or > 180)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{source}: place '{Name}' ({Country}) skipped: coordinates missing or out of range (lat {Lat}, lon {Lon})"));
            return null;
        }
        return new Place(Name.Trim(), Aliases, GazetteerLoader.ParsePlaceKind(Kind),
            string.IsNullOrWhiteSpace(Admin1) ? null : Admin1.Trim(), Country.Trim(), Lat, Lon, Population);
    }
}
