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
