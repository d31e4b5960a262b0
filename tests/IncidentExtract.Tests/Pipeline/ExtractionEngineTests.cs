using IncidentExtract.Output;
using IncidentExtract.Pipeline;
using IncidentExtract.Reading;

namespace IncidentExtract.Tests.Pipeline;

/// <summary>Whole-pipeline behaviours on excerpts of the seed reports: dates, duplicates, stories, custody.</summary>
public class ExtractionEngineTests
{
    private static readonly Lazy<ExtractionEngine> Engine = new(() => new ExtractionEngine(TestGazetteer.Default));

    private static IReadOnlyList<IncidentRecord> Extract(string text) =>
        Engine.Value.Extract(new SourceDocument("reports/excerpt.txt", text));

    private static IncidentRecord Single(string text) => Extract(text).Where(r => r.DuplicateOf is null).Should().ContainSingle().Subject;

    [Fact]
    public void The_date_in_the_text_wins_over_the_citation_date()
    {
        var r = Single("""
            Spotlight on Global Jihad (November 21-27, 2019)
            Salah al-Din Province
              • On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra. Four Popular Mobilization fighters were killed (Telegram, November 23, 2019).
            """);
        (r.DateStart, r.DateEnd, r.DatePrecision).Should().Be((new DateOnly(2019, 11, 22), new DateOnly(2019, 11, 22), "day"));
        r.Id.Should().Be("excerpt#3");
        r.KilledMin.Should().Be(4);
        r.Sources.Should().Equal(new SourceEntry("Telegram", new DateOnly(2019, 11, 23)));
    }

    [Fact]
    public void Without_a_date_in_the_text_the_citation_dates_the_incident_with_precision_source()
    {
        var r = Single("""
            Spotlight on Global Jihad (November 21-27, 2019)
            The Philippines
              • ISIS operatives fired at Philippine soldiers in the northern part of Jolo Island, in the southern Philippines. Seven soldiers were killed (Telegram, November 23, 2019).
            """);
        (r.DateStart, r.DatePrecision).Should().Be((new DateOnly(2019, 11, 23), "source"));
    }

    [Fact]
    public void This_week_is_the_report_period()
    {
        var r = Single("""
            Spotlight on Global Jihad (June 29 – July 5, 2017)
            Main events of the week
              • This week, Syrian forces took over the area of Khanaser, southeast of Aleppo, ISIS’s last stronghold in the Aleppo Province.
            """);
        (r.DateStart, r.DateEnd, r.DatePrecision).Should().Be((new DateOnly(2017, 6, 29), new DateOnly(2017, 7, 5), "week"));
        r.ReportStart.Should().Be(new DateOnly(2017, 6, 29));
    }

    [Fact]
    public void An_undated_event_takes_the_date_stated_before_it_in_its_block()
    {
        var records = Extract("""
            Spotlight on Global Jihad (November 21-27, 2019)
            Mali
              • According to an announcement by ISIS’s West Africa Province, on November 18, 2019, its operatives ambushed a Mali army convoy in the Tabankort area, about 100 km north of the Mali-Niger border. Thirty soldiers were killed and 30 others were wounded (Telegram, November 20, 2019). One hundred suspects were detained by the Niger army.
            """);
        records.Should().HaveCount(2);
        records[1].EventType.Should().Be("arrest");
        records[1].DateStart.Should().Be(new DateOnly(2019, 11, 18));
        records[1].Id.Should().Be("excerpt#3.2");
    }

    [Fact]
    public void A_report_without_a_title_covers_the_week_ending_on_its_latest_cited_date()
    {
        var r = Single("""
            Main developments in Iraq
            - On November 21, 2017, a suicide bomber blew up a car bomb in a vegetable open market in the center of the city of Tuz Khurmatu, about 69 km south of Kirkuk. At least 23 people were killed and 60 people were wounded. ISIS claimed responsibility for the attack (Iraqi News Agency, November 21, 2017).
            """);
        (r.ReportStart, r.ReportEnd).Should().Be((new DateOnly(2017, 11, 15), new DateOnly(2017, 11, 21)));
        r.EventType.Should().Be("suicide_bombing");
        (r.KilledMin, r.KilledMax, r.WoundedMin).Should().Be((23, null, 60));
    }

    [Fact]
    public void A_summary_bullet_retelling_a_detailed_incident_is_its_duplicate()
    {
        var records = Extract("""
            Main events of the week
            - Over the past two months, ISIS’s Khorasan Province has carried out four mass-casualty suicide bombing attacks in the capital Kabul. The latest attack took place this week at a hotel in Kabul where Jamaat-e-Islami, the oldest political party in Afghanistan, was holding a conference (14 dead, 18 wounded).
            ISIS’s activity in other countries
            - On November 16, 2017, a suicide bomber wearing an explosive vest blew himself up outside a hotel in Kabul where the Jamaat-e-Islami (the Islamic Association) party was holding a political conference. A total of 14 people were killed, eight policemen and six civilians. ISIS claimed responsibility for the attack (Afghanistan Times, November 16, 2017).
            """);
        records.Should().HaveCount(2);
        records[0].DuplicateOf.Should().Be(records[1].Id);
        records[1].DuplicateOf.Should().BeNull();
        records[1].KilledMin.Should().Be(14);
    }

    [Fact]
    public void A_block_printed_twice_is_one_incident()
    {
        const string bullet = "    • Al-Anbar Province: The downing of an Iraqi army reconnaissance drone near the 60th kilometer west of Ramadi (Shabakat Shumukh, February 3, 2019).";
        var records = Extract("Spotlight on Global Jihad (January 31 – February 6, 2019)\nISIS’s terrorist and guerrilla activity\n" + bullet + "\n" + bullet + "\n");
        records.Should().HaveCount(2);
        records.Count(r => r.DuplicateOf is null).Should().Be(1);
    }

    [Fact]
    public void A_news_feature_tells_one_incident_over_several_paragraphs_and_keeps_its_reporter()
    {
        var r = Single("""
            ISIS Still Active in Syria and Iraq

            May 21, 2020
            Ahmad Salloum

            Al-Ahmad confirmed that ISIS launched an attack at noon on May 17 on positions belonging to the Russian-backed Fifth Corps on the Damascus-Deir Al-Zour Road near the Kabajib area, managing to cut off the international road between Kabajib and Al-Shula for several hours.

            According to Al-Ahmad, ISIS set fire to a truck belonging to the Syrian regime's forces, and another small vehicle that was heading to Deir Al-Zour carrying members of the Syrian regime.

            ISIS furthermore beheaded a number of members of regime forces and captured others, bringing the regime's losses in the attack to seven dead and at least 13 wounded. A woman accompanying them was also killed.
            """);
        r.Text.Should().Contain("set fire to a truck").And.Contain("seven dead and at least 13 wounded");
        (r.DateStart, r.KilledMin, r.WoundedMin).Should().Be((new DateOnly(2020, 5, 17), 8, 13));
        r.Sources.Select(s => s.Name).Should().Equal("Al-Ahmad");
    }

    [Fact]
    public void Bullets_of_an_uncited_list_are_separate_stories()
    {
        // Summary bullets of the ITIC bulletin of September 7-13, 2023 (not a seed), which cite nothing.
        var records = Extract("""
            Spotlight on Global Jihad (September 7-13, 2023)
            Main events of the week
              • In Iraq ISIS operatives attacked the building of a government company engaged in mining east of Rutba, in western Iraq.
              • The Al-Qaeda-affiliated Jamaat Nusrat al-Islam wal-Muslimeen (JNIM) announced that it had attacked a Burkina Faso army force near the border with Mali. According to the organization, at least 50 soldiers were killed.
            """);
        records.Should().HaveCount(2);
        records[0].KilledMin.Should().BeNull();
        records[1].KilledMin.Should().Be(50);
    }

    [Theory]
    [InlineData("On November 21, 2019, ISIS operatives captured a Tribal Mobilization fighter in Baiji. He was executed (Telegram, November 23, 2019).", "execution", "ISIS")]
    [InlineData("On November 23, 2019, the Iraqi security forces captured a squad numbering 17 ISIS operatives about 5 km northwest of Al-Fallujah (Iraqi News Agency, November 23, 2019).", "arrest", "Iraqi security forces")]
    [InlineData("The US Central Command (CENTCOM) stated that on November 22, 2019, a large-scale operation was carried out against ISIS in the Deir ez-Zor Province. During the operation, compounds were cleared and many ISIS operatives were killed or wounded. According to the statement, 12 ISIS operatives were taken prisoner (CENTCOM, November 23, 2019).", "armed_assault", "US-led Coalition")]
    public void Who_takes_whom_and_what_happened_next_decide_the_event_type(string bullet, string type, string perpetrator)
    {
        var r = Single("Spotlight on Global Jihad (November 21-27, 2019)\nMain events in Iraq\n  • " + bullet + "\n");
        (r.EventType, r.Perpetrator).Should().Be((type, perpetrator));
    }
}
