using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Tests.Recognition.Places;

/// <summary>A report's countries found piece by piece, as questions need them, against the whole scan they stand in for.</summary>
public class ReportCountriesTests
{
    // Lines of the seed reports: Syria and Iraq first, the United States two lines on, then Israel.
    private const string Report =
        "This week marked the end of the Islamic State in Syria and Iraq, which was declared by ISIS’s leader on June 29, 2014.\n"
        + "On November 17, 2017, the Iraqi army announced that its forces had taken over the city of Rawa, the Islamic State’s last stronghold in Iraq.\n"
        + "Ryan Dillon, Spokesman for the International Coalition against ISIS, rejected fears that the United States and the Coalition would abandon the Syrian Democratic Forces (SDF) after the liberation of Al-Raqqah.\n"
        + "Once again, Israel responded to the spilling over of shells into Israel by attacking Syrian Army targets.\n";

    [Fact]
    public void A_question_about_an_early_country_scans_only_up_to_its_first_mention()
    {
        var countries = new ReportPlaces(SharedGazetteer.Recognizer, Report).Countries;
        var report = (ReportCountries)countries;
        report.ContainsSoFar("Syria").Should().BeNull("nothing is scanned before a question");
        countries.Contains("Iraq").Should().BeTrue();
        report.ContainsSoFar("Syria").Should().BeTrue();
        report.ContainsSoFar("Israel").Should().BeNull("the last line is not scanned yet");
        report.ContainsSoFar("Germany").Should().BeNull();
    }

    [Fact]
    public void A_country_the_report_does_not_name_is_known_absent_only_after_the_whole_scan()
    {
        var report = (ReportCountries)new ReportPlaces(SharedGazetteer.Recognizer, Report).Countries;
        report.Contains("Germany").Should().BeFalse();
        report.ContainsSoFar("Germany").Should().BeFalse();
        report.ContainsSoFar("Israel").Should().BeTrue();
        report.ScanFurther().Should().BeFalse("the report is scanned to its end");
    }

    [Fact]
    public void Scanning_further_stops_at_the_piece_that_adds_a_country()
    {
        var report = (ReportCountries)new ReportPlaces(SharedGazetteer.Recognizer, Report).Countries;
        report.ScanFurther().Should().BeTrue();
        report.ContainsSoFar("Iraq").Should().BeTrue("Syria and Iraq come in one sentence");
        report.ContainsSoFar("United States").Should().BeNull();
        report.ScanFurther().Should().BeTrue();
        report.ContainsSoFar("United States").Should().BeTrue();
        report.ContainsSoFar("Israel").Should().BeNull();
        report.ScanFurther().Should().BeTrue();
        report.ContainsSoFar("Israel").Should().BeTrue();
        report.ScanFurther().Should().BeFalse();
    }

    [Fact]
    public void A_partial_enumeration_scans_only_as_far_as_it_reads()
    {
        var report = (ReportCountries)new ReportPlaces(SharedGazetteer.Recognizer, Report).Countries;
        report.First().Should().Be("Syria");
        report.ContainsSoFar("Israel").Should().BeNull();
        report.Should().Equal("Syria", "Iraq", "United States", "Israel");
    }

    [Theory]
    [InlineData("Syria")]
    [InlineData("Israel")]
    [InlineData("United States")]
    [InlineData("Germany")]
    public void Contains_answers_as_the_whole_scan_does(string country)
    {
        var whole = PlaceResolver.CountriesIn(new ReportPlaces(SharedGazetteer.Recognizer, null).Recognize(Report));
        new ReportPlaces(SharedGazetteer.Recognizer, Report).Countries.Contains(country).Should().Be(whole.Contains(country));
    }

    public static TheoryData<string, string> SentencesUnderReports()
    {
        // Kabul is also a town in Israel; Massoud (the man) reads as Masuda, Japan, without the report's countries.
        string[] sentences =
        [
            "- On November 16, 2017, a suicide bomber wearing an explosive vest blew himself up outside a hotel in Kabul where the Jamaat-e-Islami (the Islamic Association) party was holding a political conference.",
            "Massoud was murdered in a suicide bombing attack on September 9, 2001.",
        ];
        string[] reports =
        [
            Report,
            "The latest attack took place this week at a hotel in Kabul where Jamaat-e-Islami, the oldest political party in Afghanistan, was holding a conference (14 dead, 18 wounded).\n" + Report,
            "ISIS’s threat to Israel: An operative of the organization waving the ISIS flag on a tank, with the caption: “We are coming, O Jews.\n",
            File.ReadAllText(Path.Combine(GoldPlaceCheckTests.RepoRoot, "samples", "000_a3946165b381e999.txt")),
        ];
        var data = new TheoryData<string, string>();
        foreach (var sentence in sentences)
        {
            foreach (var report in reports) data.Add(sentence, report);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SentencesUnderReports))]
    public void A_place_resolves_as_with_the_whole_scan_of_the_report(string sentence, string report)
    {
        var whole = new HashSet<string>(SharedGazetteer.Resolver.CountriesNamedIn(report), StringComparer.Ordinal);
        var expected = SharedGazetteer.Resolver.Resolve(new PlaceContext(sentence, sentence, [], null, whole));
        var scans = SharedGazetteer.Resolver.ForReport(report);
        SharedGazetteer.Resolver.Resolve(new PlaceContext(sentence, sentence, [], null, scans.Countries), scans).Should().Be(expected);
    }
}
