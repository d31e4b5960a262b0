namespace IncidentExtract.Gazetteers;

/// <summary>The places and actors incx knows, loaded from gazetteer.yaml (embedded default, user file on top).</summary>
public sealed class Gazetteer(IReadOnlyList<Place> places, IReadOnlyList<Actor> actors, IReadOnlyList<string> warnings)
{
    public IReadOnlyList<Place> Places { get; } = places;
    public IReadOnlyList<Actor> Actors { get; } = actors;

    /// <summary>Entries that were skipped while loading (bad coordinates and the like), one line each.</summary>
    public IReadOnlyList<string> Warnings { get; } = warnings;

    public static Gazetteer Empty { get; } = new([], [], []);

    /// <summary>The place recognizer's name index for exactly these places, when it came ready-made with them
    /// (<see cref="GazetteerCache"/>); null means the recognizer builds it.</summary>
    internal Recognition.Places.PlaceNameTable? PlaceIndex { get; init; }

    /// <summary>
    /// This gazetteer with <paramref name="overrides"/> on top: an entry of the same name
    /// (place: name and country; actor: name) replaces ours, new ones are added.
    /// </summary>
    public Gazetteer MergedWith(Gazetteer overrides)
    {
        var placeKeys = overrides.Places.Select(PlaceKey).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var actorKeys = overrides.Actors.Select(a => a.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var places = Places.Where(p => !placeKeys.Contains(PlaceKey(p))).Concat(overrides.Places).ToList();
        var actors = Actors.Where(a => !actorKeys.Contains(a.Name)).Concat(overrides.Actors).ToList();
        return new Gazetteer(places, actors, [.. Warnings, .. overrides.Warnings]);
    }

    private static string PlaceKey(Place p) => p.Name + "\u0001" + p.Country;
}
