using IncidentExtract.Gazetteers;

namespace IncidentExtract.Tests.Gazetteers;

public class GazetteerLoaderTests
{
    [Fact]
    public void Malformed_yaml_names_file_line_and_column()
    {
        var yaml = "places:\n  - name: Samarra\n    aliases: [Sāmarrā’\n";
        var act = () => GazetteerLoader.Load(new StringReader(yaml), "bad.yaml");
        act.Should().Throw<GazetteerException>()
            .Where(e => e.File == "bad.yaml" && e.Line > 0 && e.Column > 0);
    }

    [Fact]
    public void Place_with_out_of_range_coordinates_is_skipped_with_a_warning()
    {
        var yaml = """
            places:
              - {name: Samarra, kind: city, admin1: Salah al-Din, country: Iraq, lat: 134.2, lon: 43.9}
              - {name: Tikrit, kind: city, admin1: Salah al-Din, country: Iraq}
            """;
        var g = GazetteerLoader.Load(new StringReader(yaml), "user.yaml");
        g.Places.Select(p => p.Name).Should().Equal("Tikrit");
        g.Warnings.Should().ContainSingle().Which.Should().Contain("Samarra").And.Contain("user.yaml");
    }

    [Fact]
    public void User_entry_with_the_same_name_wins()
    {
        var baseline = GazetteerLoader.Load(new StringReader("places:\n  - {name: Hit, kind: city, country: Iraq}\n"), "a");
        var user = GazetteerLoader.Load(new StringReader("places:\n  - {name: Hit, kind: town, admin1: Al-Anbar, country: Iraq}\n"), "b");
        var merged = baseline.MergedWith(user);
        merged.Places.Should().ContainSingle().Which.Admin1.Should().Be("Al-Anbar");
    }
}

public class GazetteerLoaderShapeTests
{
    [Theory]
    [InlineData("places:\n  - {name: Samarra, kind: city, country: Iraq, lat: abc, lon: 43.9}\n", 2)]
    [InlineData("places:\n  - {name: Samarra, kind: city, country: Iraq}\n  - name: [Tikrit\n", 4)]
    [InlineData("places: 5\n", 1)]
    public void Bad_entries_report_their_line(string yaml, int line)
    {
        var act = () => GazetteerLoader.Load(new StringReader(yaml), "user.yaml");
        act.Should().Throw<GazetteerException>().Where(e => e.Line == line && e.Column > 0);
    }

    [Fact]
    public void Block_style_and_flow_style_entries_read_the_same()
    {
        var flow = "places:\n  - {name: \"Maarat Nu’man\", aliases: [Kafr Nabl, \"Ma'arrat\"], kind: town, admin1: Idlib, country: Syria, lat: 35.6, lon: 36.7, population: 1200}\n";
        var block = "places:\n  - name: Maarat Nu’man\n    aliases:\n      - Kafr Nabl\n      - Ma'arrat\n    kind: town\n    admin1: Idlib\n    country: Syria\n    lat: 35.6\n    lon: 36.7\n    population: 1200\n";
        var a = GazetteerLoader.Load(new StringReader(flow), "a").Places.Single();
        var b = GazetteerLoader.Load(new StringReader(block), "b").Places.Single();
        a.Should().BeEquivalentTo(b);
        a.Aliases.Should().Equal("Kafr Nabl", "Ma'arrat");
        a.Population.Should().Be(1200);
    }

    [Fact]
    public void Actors_after_the_fast_place_lines_are_still_read()
    {
        var yaml = "places:\n  - {name: Hit, kind: town, admin1: Al-Anbar, country: Iraq, lat: 33.64, lon: 42.83}\nactors:\n  - name: ISIS\n    kind: jihadist_group\n    aliases: [Islamic State, Daesh]\n";
        var g = GazetteerLoader.Load(new StringReader(yaml), "a");
        g.Places.Should().ContainSingle().Which.Lat.Should().Be(33.64);
        g.Actors.Should().ContainSingle().Which.Aliases.Should().Equal("Islamic State", "Daesh");
    }
}
