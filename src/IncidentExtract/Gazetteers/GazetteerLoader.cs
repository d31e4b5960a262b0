using System.Globalization;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace IncidentExtract.Gazetteers;

/// <summary>Reads gazetteer YAML (the embedded default or a user's file) into a <see cref="Gazetteer"/>.</summary>
public static class GazetteerLoader
{
    private const string ResourceName = "IncidentExtract.gazetteer.yaml";

    /// <summary>The gazetteer shipped inside the library (built from the repository's gazetteer.yaml).</summary>
    public static Gazetteer LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Load(reader, "gazetteer.yaml (embedded)");
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
        GazetteerFile file;
        try
        {
            var deserializer = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build();
            file = deserializer.Deserialize<GazetteerFile?>(reader) ?? new GazetteerFile();
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new GazetteerException(sourceName, e.Start.Line, e.Start.Column, reason);
        }

        var warnings = new List<string>();
        var places = new List<Place>(file.Places?.Count ?? 0);
        foreach (var p in file.Places ?? [])
        {
            if (ToPlace(p, sourceName, warnings) is { } place) places.Add(place);
        }
        var actors = new List<Actor>();
        foreach (var a in file.Actors ?? [])
        {
            if (string.IsNullOrWhiteSpace(a.Name))
            {
                warnings.Add($"{sourceName}: actor entry without a name skipped");
                continue;
            }
            actors.Add(new Actor(a.Name.Trim(), a.Aliases ?? [], ParseActorKind(a.Kind), a.Country, a.Branches ?? []));
        }
        return new Gazetteer(places, actors, warnings);
    }

    private static Place? ToPlace(PlaceEntry p, string source, List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(p.Name) || string.IsNullOrWhiteSpace(p.Country))
        {
            warnings.Add($"{source}: place '{p.Name}' skipped: it needs a name and a country");
            return null;
        }
        double? lat = p.Lat, lon = p.Lon;
        if (lat is null != lon is null || lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{source}: place '{p.Name}' ({p.Country}) skipped: coordinates missing or out of range (lat {p.Lat}, lon {p.Lon})"));
            return null;
        }
        return new Place(p.Name.Trim(), p.Aliases ?? [], ParsePlaceKind(p.Kind), p.Admin1, p.Country.Trim(), lat, lon, p.Population);
    }

    private static PlaceKind ParsePlaceKind(string? kind) =>
        Enum.TryParse<PlaceKind>((kind ?? "").Replace("_", ""), ignoreCase: true, out var k) ? k : PlaceKind.Town;

    private static ActorKind ParseActorKind(string? kind) =>
        Enum.TryParse<ActorKind>((kind ?? "").Replace("_", "").Replace(" ", ""), ignoreCase: true, out var k) ? k : ActorKind.Other;

    // The YAML shape: the file is data, so its DTOs stay private to the loader.
    private sealed class GazetteerFile
    {
        public List<PlaceEntry>? Places { get; set; }
        public List<ActorEntry>? Actors { get; set; }
    }

    private sealed class PlaceEntry
    {
        public string Name { get; set; } = "";
        public List<string>? Aliases { get; set; }
        public string? Kind { get; set; }
        public string? Admin1 { get; set; }
        public string Country { get; set; } = "";
        public double? Lat { get; set; }
        public double? Lon { get; set; }
        public long? Population { get; set; }
    }

    private sealed class ActorEntry
    {
        public string Name { get; set; } = "";
        public List<string>? Aliases { get; set; }
        public string? Kind { get; set; }
        public string? Country { get; set; }
        public List<string>? Branches { get; set; }
    }
}
