using IncidentExtract.Gazetteers;

namespace IncidentExtract.Tests;

/// <summary>The embedded gazetteer, loaded once for all tests that need real places and actors.</summary>
internal static class TestGazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(GazetteerLoader.LoadDefault);

    public static Gazetteer Default => Loaded.Value;
}
