using IncidentExtract.Gazetteers;
using IncidentExtract.Recognition.Places;
using IncidentExtract.Tests.Recognition.Places;

namespace IncidentExtract.Tests.Gazetteers;

/// <summary>The binary gazetteer cache: what it stores is what the YAML gives, and a bad file is never used.</summary>
public class GazetteerCacheTests
{
    private static readonly Lazy<Gazetteer> Parsed = new(() =>
    {
        using var reader = new StreamReader(Path.Combine(GoldPlaceCheckTests.RepoRoot, "gazetteer.yaml"));
        return GazetteerLoader.Load(reader, "gazetteer.yaml");
    });

    private static readonly Lazy<Gazetteer> RoundTripped = new(() =>
        GazetteerCache.Read(GazetteerCache.Write(Parsed.Value, PlaceRecognizer.BuildIndex(Parsed.Value.Places))));

    [Fact]
    public void Stores_every_place_and_actor_as_the_yaml_gives_them()
    {
        var parsed = Parsed.Value;
        var cached = RoundTripped.Value;
        cached.Places.Should().HaveCount(parsed.Places.Count);
        for (var i = 0; i < parsed.Places.Count; i++)
        {
            var (a, b) = (parsed.Places[i], cached.Places[i]);
            (b with { Aliases = a.Aliases }).Should().Be(a);
            b.Aliases.Should().Equal(a.Aliases);
        }
        cached.Actors.Should().BeEquivalentTo(parsed.Actors, o => o.WithStrictOrdering());
        cached.Warnings.Should().Equal(parsed.Warnings);
        cached.PlaceIndex.Should().NotBeNull();
    }

    [Theory]
    [InlineData("Al-Ahmad reported that ISIS had claimed responsibility for a bombing in the town of Al-Kasrat, south of Al-Raqqa, where its cells are active")]
    [InlineData("The Popular Mobilization reported that on February 1 and 2, 2019, it fired rockets at an ISIS staging zone in the village of Al-Bukamal")]
    [InlineData("On July 3, 2017, the SDF forces fighting in Al-Raqqah entered Al-Raqqah’s Old City, with Coalition air support.")]
    public void A_recognizer_on_the_cached_index_finds_what_one_on_the_yaml_finds(string sentence)
    {
        var fromYaml = new PlaceRecognizer(Parsed.Value).Recognize(sentence);
        var fromCache = new PlaceRecognizer(RoundTripped.Value).Recognize(sentence);
        fromYaml.Should().NotBeEmpty();
        fromCache.Select(Describe).Should().Equal(fromYaml.Select(Describe));
    }

    private static string Describe(PlaceMention m) =>
        $"{m.Start}+{m.Length} {m.AsWritten} {m.IsActorUse}: {string.Join(" | ", m.Candidates.Select(p => $"{p.Name}/{p.Admin1}/{p.Country}/{p.Kind}"))}";

    [Theory]
    [InlineData(0)]      // empty file
    [InlineData(7)]      // inside the header
    [InlineData(5_000)]  // inside the places
    [InlineData(-1)]     // only the end marker missing
    public void A_truncated_file_is_not_read(int keep)
    {
        var bytes = GazetteerCache.Write(Parsed.Value, PlaceRecognizer.BuildIndex(Parsed.Value.Places));
        var path = Path.Combine(Path.GetTempPath(), $"incx-cache-test-{Guid.NewGuid():N}.bin");
        try
        {
            File.WriteAllBytes(path, bytes[..(keep < 0 ? bytes.Length - 1 : keep)]);
            GazetteerCache.TryRead(path).Should().BeNull();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_not_read()
    {
        GazetteerCache.TryRead(Path.Combine(Path.GetTempPath(), $"incx-cache-test-{Guid.NewGuid():N}.bin")).Should().BeNull();
    }

    [Theory]
    [InlineData("  - {name: Samarra, kind: city, country: Iraq}", "  - {name: Samarre, kind: city, country: Iraq}")]
    [InlineData("  - {name: Samarra, kind: city, country: Iraq}", "  - {name: Samarra, kind: city, country: Iraq} ")]
    public void A_changed_gazetteer_gets_another_file(string before, string after)
    {
        var a = System.Text.Encoding.UTF8.GetBytes(before);
        var b = System.Text.Encoding.UTF8.GetBytes(after);
        GazetteerCache.ContentHash(a).Should().NotBe(GazetteerCache.ContentHash(b));
        GazetteerCache.ContentHash(a).Should().Be(GazetteerCache.ContentHash(a.ToArray()));
    }
}
