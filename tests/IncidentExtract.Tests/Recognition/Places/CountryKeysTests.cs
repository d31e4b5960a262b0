using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Tests.Recognition.Places;

/// <summary>The country-key walk that lets a report's countries be found without recognizing every sentence,
/// against the full recognition it stands in for.</summary>
public class CountryKeysTests
{
    [Theory]
    [InlineData("This week marked the end of the Islamic State in Syria and Iraq, which was declared by ISIS’s leader on June 29, 2014.", new string[0], true)]
    [InlineData("This week marked the end of the Islamic State in Syria and Iraq, which was declared by ISIS’s leader on June 29, 2014.", new[] { "Syria" }, true)]
    [InlineData("This week marked the end of the Islamic State in Syria and Iraq, which was declared by ISIS’s leader on June 29, 2014.", new[] { "Syria", "Iraq" }, false)]
    // "the United States": a country of two words, reached word by word
    [InlineData("Ryan Dillon, Spokesman for the International Coalition against ISIS, rejected fears that the United States and the Coalition would abandon the Syrian Democratic Forces (SDF) after the liberation of Al-Raqqah.", new string[0], true)]
    [InlineData("Ryan Dillon, Spokesman for the International Coalition against ISIS, rejected fears that the United States and the Coalition would abandon the Syrian Democratic Forces (SDF) after the liberation of Al-Raqqah.", new[] { "United States" }, false)]
    // a demonym is no country name; only "Iraq" at the end is
    [InlineData("On November 17, 2017, the Iraqi army announced that its forces had taken over the city of Rawa, the Islamic State’s last stronghold in Iraq.", new[] { "Iraq" }, false)]
    [InlineData("Nasrallah extended special thanks to Qods Commander Qassem Soleimani who, he said, was present on the battlefield, risking his own life (Al-Manar, November 20, 2017).", new string[0], false)]
    public void A_piece_may_name_a_new_country_only_where_a_country_key_starts_at_a_capital(string piece, string[] known, bool may)
    {
        SharedGazetteer.Recognizer.CountryKeys.MayNameOtherThan(piece, new HashSet<string>(known)).Should().Be(may);
    }

    [Theory]
    [InlineData("This week marked the end of the Islamic State in Syria and Iraq, which was declared by ISIS’s leader on June 29, 2014.")]
    [InlineData("Ryan Dillon, Spokesman for the International Coalition against ISIS, rejected fears that the United States and the Coalition would abandon the Syrian Democratic Forces (SDF) after the liberation of Al-Raqqah.")]
    [InlineData("The Kurdish forces published their names and their countries of origin: Russia, Germany, Sweden, America (probably meaning the United States), Turkey and Morocco (YPG website ypgrojava.org, February 2, 2019).")]
    public void A_piece_whose_countries_are_all_known_adds_none(string piece)
    {
        var countries = PlaceResolver.CountriesIn(SharedGazetteer.Recognizer.Recognize(piece));
        countries.Should().NotBeEmpty();
        SharedGazetteer.Recognizer.CountryKeys.MayNameOtherThan(piece, countries).Should().BeFalse();
    }

    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var dir in new[] { Path.Combine(GoldPlaceCheckTests.RepoRoot, "samples"), "/work/shared/seeds" })
        {
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal)) data.Add(file);
        }
        // A local check over a whole corpus: INCX_COUNTRY_CORPUS=/path/to/dir
        if (Environment.GetEnvironmentVariable("INCX_COUNTRY_CORPUS") is { Length: > 0 } corpus)
        {
            foreach (var file in Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal)) data.Add(file);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_report_names_the_countries_a_full_recognition_finds_in_the_same_order(string file)
    {
        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        var full = PlaceResolver.CountriesIn(new ReportPlaces(SharedGazetteer.Recognizer, null).Recognize(text));
        SharedGazetteer.Resolver.CountriesNamedIn(text).Should().Equal(full);
    }
}
