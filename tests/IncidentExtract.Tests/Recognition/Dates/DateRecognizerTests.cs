using System.Globalization;
using IncidentExtract.Recognition.Dates;

namespace IncidentExtract.Tests.Recognition.Dates;

public class DateRecognizerTests
{
    private static readonly DateRecognizer Recognizer = new();

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateContext Context(string? periodStart, string? periodEnd, string? anchor = null) =>
        new(periodStart is null ? null : new ReportPeriod(D(periodStart), D(periodEnd!)), anchor is null ? null : D(anchor));

    // sentence (verbatim from the seed reports), the mention's text, report period, anchor, expected span
    public static TheoryData<string, string, string?, string?, string?, string, string, DatePrecision> Resolved => new()
    {
        // 003: full date
        { "On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.",
          "November 22, 2019", null, null, null, "2019-11-22", "2019-11-22", DatePrecision.Day },
        // 000: same-month range
        { "On November 16-19, 2017, clashes took place in the city, at the end of which it was taken over by the Syrian army and its allies.",
          "November 16-19, 2017", null, null, null, "2017-11-16", "2017-11-19", DatePrecision.Range },
        // 001: cross-month range in a title
        { "MESOPOTAMIA INTEL BY MEIR AMIT INTELLIGENCE & TERRORISM INFORMATION CENTER – ISRAEL / Spotlight on Global Jihad (January 31 – February 6, 2019)",
          "January 31 – February 6, 2019", null, null, null, "2019-01-31", "2019-02-06", DatePrecision.Range },
        // 002: a list of two days in two months is one range
        { "On June 29 and July 1, 2017, the Syrian Army announced that it had taken over a series of villages east and northeast of Khanaser (north of the town of Ithriya).",
          "June 29 and July 1, 2017", null, null, null, "2017-06-29", "2017-07-01", DatePrecision.Range },
        // 000: a list without a year takes the report's year; 17 is a day, not a year
        { "According to an announcement by the Russian Ministry of Defense, on November 15, 17 and 18, six long-range Tu-22M3 bombers took off from a base in Russia and flew over Iranian and Iraqi territory",
          "November 15, 17 and 18", "2017-11-16", "2017-11-22", null, "2017-11-15", "2017-11-18", DatePrecision.Range },
        // 000: the same list in a citation, with the year after it
        { "ISIS fighters, equipment and weapons were hit in the airstrike (Facebook page of the Russian Ministry of Defense, November 15, 17, 18, 2017).",
          "November 15, 17, 18, 2017", null, null, null, "2017-11-15", "2017-11-18", DatePrecision.Range },
        // 001: a night spanning two days
        { "On the night of February 2-3, 2019, an ISIS squad infiltrated into the city of Albukamal, which is held by the Syrian army and Shiite militias.",
          "February 2-3, 2019", null, null, null, "2019-02-02", "2019-02-03", DatePrecision.Range },
        // 001: "1 and 2"
        { "The Popular Mobilization (the Iraqi Shiite militias affiliated with Iran) reported that on February 1 and 2, 2019, it fired rockets at an ISIS staging zone in the village of Al-Baghouz [Tahtani], near the Syrian-Iraqi border.",
          "February 1 and 2, 2019", null, null, null, "2019-02-01", "2019-02-02", DatePrecision.Range },
        // 002: "to" range inside parentheses
        { "On July 1, 2017, ISIS published an infographic summing up its activity during the month of Ramadan (May 26 to June 24, 2017).",
          "May 26 to June 24, 2017", null, null, null, "2017-05-26", "2017-06-24", DatePrecision.Range },
        // 004: no year written: the report period's year
        { "On May 5, ISIS launched attacks against Iraqi security forces and the Popular Mobilization Forces (PMF) in Salah al-Din governorate, killing 11 and wounding two other PMF members.",
          "May 5", "2020-05-15", "2020-05-21", null, "2020-05-05", "2020-05-05", DatePrecision.Day },
        { "The attacks followed reports by media outlets affiliated to the Syrian regime on April 9 that ISIS had taken control of large parts of the city of Al-Sukhnah and neighboring areas east of Homs, over which the regime's forces had lost control.",
          "April 9", "2020-05-15", "2020-05-21", null, "2020-04-09", "2020-04-09", DatePrecision.Day },
        // 003: month with "early"
        { "Since the beginning of the Syrian army’s ground attack in early May 2019, a total of 4,646 people have been killed in the Idlib region.",
          "in early May 2019", null, null, null, "2019-05-01", "2019-05-31", DatePrecision.Month },
        // 004: month and year
        { "In March 2019, the US-backed SDF captured the Syrian village of Al-Baghuz, which led to a formal end to the caliphate that ISIS had declared and which had reached its peak in 2015, spanning across large areas of Iraq and Syria.",
          "In March 2019", null, null, null, "2019-03-01", "2019-03-31", DatePrecision.Month },
        // 000: month in a citation
        { "Salah al-Din Province: On November 14, 2017, the Salah al-Din Province (north of Baghdad) released a video showing ISIS operatives during clashes with the Iraqi security forces (Haqq; file-sharing website, November 2017).",
          "November 2017", null, null, null, "2017-11-01", "2017-11-30", DatePrecision.Month },
        // 002: bare month after "in" takes the report's year
        { "According to him, the forces liberated 69 population centers and 12,177 square kilometers from ISIS in June, and are now advancing along the Syrian-Jordanian border and the Syrian-Iraqi border (Facebook page of the Russian Ministry of Defense, June 30, 2017).",
          "in June", "2017-06-29", "2017-07-05", null, "2017-06-01", "2017-06-30", DatePrecision.Month },
        // 000: this week / last week
        { "A suicide bombing attack was carried out this week in a crowded open market in a Shiite-Turkmen city south of Kirkuk.",
          "this week", "2017-11-16", "2017-11-22", null, "2017-11-16", "2017-11-22", DatePrecision.Week },
        { "In Syria, ISIS operatives carried out attacks in the Euphrates Valley, some of them daring and complex (this week a Syrian convoy was attacked west of Al-Mayadeen; last week an ISIS squad carried out a suicide bombing attack in the military airfield in Deir ez-Zor).",
          "last week", "2017-11-16", "2017-11-22", null, "2017-11-09", "2017-11-15", DatePrecision.Week },
        { "According to a report by the Russian Ministry of Defense, over the past week the Russian Air Force carried out more than 500 sorties in Syria in order to locate ISIS targets, destroying more than 1,250 ISIS assets.",
          "the past week", "2017-11-16", "2017-11-22", null, "2017-11-16", "2017-11-22", DatePrecision.Week },
        // 000: relative to the date stated before
        { "Two days earlier, the Iraqi army took over the city of Rawa, the last stronghold of the Islamic State in Iraq (November 17, 2017).",
          "Two days earlier", null, null, "2017-11-19", "2017-11-17", "2017-11-17", DatePrecision.Day },
        // 003: "Deir ez-Zor 24" is a name, the date is November 27
        { "Such threats on the part of ISIS were reportedly also made in the past, causing some of the officials and teachers in the Deir ez-Zor Province to resign (Deir ez-Zor 24, November 27, 2019).",
          "November 27, 2019", null, null, null, "2019-11-27", "2019-11-27", DatePrecision.Day },

        // The forms below do not occur in the five seed reports; the sentences follow the seeds' wording.
        { "On 24 May, ISIS operatives attacked a Syrian army checkpoint east of Homs.",
          "24 May", "2020-05-21", "2020-05-27", null, "2020-05-24", "2020-05-24", DatePrecision.Day },
        { "Clashes took place on 19-27 September 2017 in the area of Deir ez-Zor.",
          "19-27 September 2017", null, null, null, "2017-09-19", "2017-09-27", DatePrecision.Range },
        { "An IED was activated against an SDF vehicle on 3 Feb near Al-Hasakah.",
          "3 Feb", "2019-01-31", "2019-02-06", null, "2019-02-03", "2019-02-03", DatePrecision.Day },
        { "Posted 5 Oct 15: ISIS operatives attacked a checkpoint.",
          "5 Oct 15", null, null, null, "2015-10-05", "2015-10-05", DatePrecision.Day },
        { "4.10.17 Attack on an army post south of Kirkuk",
          "4.10.17", null, null, null, "2017-10-04", "2017-10-04", DatePrecision.Day },
        { "The following day, the Iraqi forces erected a bridge on the Euphrates River southwest of Rawa.",
          "The following day", null, null, "2017-11-17", "2017-11-18", "2017-11-18", DatePrecision.Day },
        { "Two days later, the Syrian army extended its control to additional villages south of Mushayrafa.",
          "Two days later", null, null, "2019-11-24", "2019-11-26", "2019-11-26", DatePrecision.Day },
        { "ISIS operatives attacked a Popular Mobilization camp on Monday, about 40 km southeast of Samarra.",
          "on Monday", "2019-11-21", "2019-11-27", null, "2019-11-25", "2019-11-25", DatePrecision.Day },
        { "On December 30, an IED was activated against an Iraqi army vehicle south of Kirkuk.",
          "December 30", "2019-01-31", "2019-02-06", null, "2018-12-30", "2018-12-30", DatePrecision.Day },
        { "On Nov 18 the PMF announced that it had killed five ISIS operatives.",
          "Nov 18", "2019-11-14", "2019-11-20", null, "2019-11-18", "2019-11-18", DatePrecision.Day },
        { "On the 18th of November 2019, an IED was activated against an SDF vehicle.",
          "18th of November 2019", null, null, null, "2019-11-18", "2019-11-18", DatePrecision.Day },
        { "Clashes broke out on November 30-December 2, 2019 near Kafrnubl.",
          "November 30-December 2, 2019", null, null, null, "2019-11-30", "2019-12-02", DatePrecision.Range },
        { "Report dated 22/11/2019: an IED was activated south of Kirkuk.",
          "22/11/2019", null, null, null, "2019-11-22", "2019-11-22", DatePrecision.Day },
        { "Updated 2019-11-22 14:00",
          "2019-11-22", null, null, null, "2019-11-22", "2019-11-22", DatePrecision.Day },
        { "Spotlight on Global Jihad (December 29, 2016-January 4, 2017)",
          "December 29, 2016-January 4, 2017", null, null, null, "2016-12-29", "2017-01-04", DatePrecision.Range },
    };

    [Theory]
    [MemberData(nameof(Resolved))]
    public void Recognizes_and_resolves(string sentence, string mentionText, string? periodStart, string? periodEnd,
        string? anchor, string start, string end, DatePrecision precision)
    {
        var mentions = Recognizer.Recognize(sentence);
        var mention = mentions.Should().ContainSingle(m => m.Text == mentionText,
            "found: " + string.Join(" | ", mentions.Select(m => m.Text))).Subject;
        sentence.Substring(mention.Start, mention.Length).Should().Be(mentionText);
        mention.Resolve(Context(periodStart, periodEnd, anchor)).Should().Be(new DateSpan(D(start), D(end), precision));
    }

    // sentences whose numbers are not dates of events, with the only date texts they contain
    public static TheoryData<string, string[]> OnlyTheseDates => new()
    {
        { "During the Soviet invasion of Afghanistan (1979-1989) and the ensuing civil war (1989-1992), it became one of the most prominent Mujahidin groups.", [] },
        { "Before the Iraqi Army forces took over the Al-Nuri Mosque, ISIS’s operatives blew up the mosque where ISIS leader Abu Bakr al-Baghdadi announced the establishment of the Islamic Caliphate in 2014.", [] },
        { "Al-Anbar Province: The downing of an Iraqi army reconnaissance drone near the 60th kilometer west of Ramadi (Shabakat Shumukh, February 3, 2019).", ["February 3, 2019"] },
        { "On November 18, 2017, the Popular Mobilization (an umbrella framework of Shiite militias under the protection of Iran) announced that a force from the 29th Brigade of the Popular Mobilization had killed five ISIS operatives", ["November 18, 2017"] },
        { "ISIS claimed that it had seized five trucks carrying ammunition, four 122mm guns, two 23mm anti-aircraft guns, and many more weapons (Haqq, November 16, 2017).", ["November 16, 2017"] },
        { "According to an announcement by the Russian Ministry of Defense, on November 15, 17 and 18, six long-range Tu-22M3 bombers took off from a base in Russia", ["November 15, 17 and 18"] },
        { "In the ITIC’s assessment, the reason for the debate is the assessment that the campaign against ISIS in the enclave along the Euphrates River may end within a few weeks.", [] },
        { "Over the past two months, ISIS’s Khorasan Province (Afghanistan/Pakistan) has carried out four mass-casualty suicide bombing attacks in the capital Kabul.", [] },
        { "The Annual Threat Assessment issued by US Director of National Intelligence Daniel R. Coats included an assessment of the threat posed by ISIS (DNI website, January 29, 2019):", ["January 29, 2019"] },
        { "According to the Secretary of Defense, 99.5% of the territory controlled by ISIS has returned to the Syrians.", [] },
    };

    [Theory]
    [MemberData(nameof(OnlyTheseDates))]
    public void Emits_only_real_dates(string sentence, string[] expected)
    {
        Recognizer.Recognize(sentence).Select(m => m.Text).Should().Equal(expected);
    }

    [Fact]
    public void Relative_days_without_an_anchor_do_not_resolve()
    {
        var mention = Recognizer.Recognize("Two days earlier, the Iraqi army took over the city of Rawa, the last stronghold of the Islamic State in Iraq (November 17, 2017).")[0];
        mention.Kind.Should().Be(DateMentionKind.RelativeDays);
        mention.DayOffset.Should().Be(-2);
        mention.Resolve(new DateContext(null)).Should().BeNull();
    }

    [Fact]
    public void A_date_without_a_year_does_not_resolve_without_a_report_period()
    {
        var mention = Recognizer.Recognize("On May 17, the Iraqi PMF reported on its operations in the Khaniqin area of Diyala governorate, east of the Iraqi capital Baghdad.").Should().ContainSingle().Subject;
        mention.From.Should().Be(new PartialDate(null, 5, 17));
        mention.Resolve(new DateContext(null)).Should().BeNull();
    }

    [Fact]
    public void Mentions_come_in_text_order_with_several_per_sentence()
    {
        var text = "On November 16, 2017, the Syrian army entered the city of Albukamal. Before that, on November 11, 2017, ISIS operatives launched a counterattack that repelled Hezbollah and the Shiite militias out of the city.";
        Recognizer.Recognize(text).Select(m => m.Text).Should().Equal("November 16, 2017", "November 11, 2017");
    }
}
