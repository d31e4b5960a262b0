using IncidentExtract.Gazetteers;

namespace IncidentExtract.Tests.Gazetteers;

/// <summary>The generated, embedded gazetteer: the coverage promised in tools/gazetteer/README.md.</summary>
public class DefaultGazetteerTests
{
    private static readonly Lazy<Gazetteer> Default = new(GazetteerLoader.LoadDefault);

    [Fact]
    public void Holds_every_country_every_region_and_thirty_thousand_located_places()
    {
        var g = Default.Value;
        g.Places.Count(p => p.Kind == PlaceKind.Country).Should().BeGreaterThanOrEqualTo(240);
        g.Places.Count(p => p.Kind == PlaceKind.Admin1).Should().BeGreaterThanOrEqualTo(4500);
        g.Places.Count(p => p.Lat is not null).Should().BeGreaterThanOrEqualTo(30_000);
        g.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Samarra", "Salah al-Din", "Iraq")]
    [InlineData("Albukamal", "Deir ez-Zor", "Syria")]
    [InlineData("Al-Mayadeen", "Deir ez-Zor", "Syria")]
    [InlineData("Haditha", "Al-Anbar", "Iraq")]
    [InlineData("Bir al-Abd", "North Sinai", "Egypt")]
    [InlineData("Achin", "Nangarhar", "Afghanistan")]
    [InlineData("Jolo", "Autonomous Region in Muslim Mindanao", "Philippines")]
    public void Places_the_reports_name_carry_the_region_and_country_coders_use(string name, string admin1, string country)
    {
        Default.Value.Places.Should().Contain(p => p.Name == name && p.Admin1 == admin1 && p.Country == country && p.Lat != null);
    }
}
