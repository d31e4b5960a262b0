using IncidentExtract.Recognition.Casualties;

namespace IncidentExtract.Tests.Recognition.Casualties;

public class CasualtyExtractorTests
{
    private static readonly CasualtyExtractor Extractor = new();

    private static CasualtyCount Extract(string text) => Extractor.Extract([text]);

    // incident text (verbatim from the seed reports), killed min/max, wounded min/max, captured
    public static TheoryData<string, int?, int?, int?, int?, int?> Counts => new()
    {
        // coordinated subjects are summed
        { "On November 19, 2019, an IED was activated against an Egyptian army armored vehicle near a checkpoint around 2 km southeast of Sheikh Zuweid. An officer and two soldiers were killed. Three other soldiers were wounded (Telegram, November 20, 2019).",
          3, 3, 3, 3, null },
        { "On November 23, 2019, an IED was activated against an Iraqi army vehicle about 20 km southeast of Baqubah. An officer with the rank of lieutenant colonel and three soldiers were wounded (Al-Sumaria News, November 23, 2019).",
          null, null, 4, 4, null },
        { "A total of 19 rebel operatives and eight Syrian soldiers were killed in the battles (Syrian Observatory for Human Rights, November 25, 2019).",
          27, 27, null, null, null },
        { "The airstrike killed 42 civilian inmates and 15 ISIS inmates and prison guards. The number of fatalities will apparently rise, because some people are still missing, and some of the wounded are in critical condition (SOHR, June 27, 2017).",
          57, 57, null, null, null },
        // "one … the other", "one … two others"
        { "On November 20, 2019, two SDF fighters were shot in the village of Diban, 5 km east of Al-Mayadeen. One of them was killed and the other was severely wounded (Telegram, November 20, 2019).",
          1, 1, 1, 1, null },
        { "On November 23, 2019, an SDF checkpoint was targeted by machine gun fire 7 km northeast of Albukamal. One SDF fighter was killed and two others were wounded (Telegram, November 23, 2019).",
          1, 1, 2, 2, null },
        { "On November 20, 2019, an IED was activated and machine guns were fired against an SDF intelligence vehicle 35 km northwest of Al-Hasakah. An SDF commander was killed and two fighters were wounded (Telegram, November 22, 2019).",
          1, 1, 2, 2, null },
        { "Salah al-Din Province: ISIS operatives attacked an Iraqi Border Police position near the Syrian-Iraqi border. One member of the Border Police was killed and another was wounded. ISIS sustained many casualties (Al-Sumaria News, February 1, 2019).",
          1, 1, 1, 1, null },
        { "On November 23, 2019, Russian fighter jets carried out several airstrikes against command posts of the Al-Qaeda-affiliated Army of Glory in the area of Kafrnubl (about 30 km south of Idlib). Two operatives of the Army of Glory were killed and six others were wounded in one of the airstrikes (Khotwa, affiliated with the rebel organizations, November 23, 2019).",
          2, 2, 6, 6, null },
        { "Salah al-Din Province: Nine Shiites visiting the province were killed and six others were wounded in an ambush southeast of Samarra (Shabakat Shumukh, February 5, 2019).",
          9, 9, 6, 6, null },
        { "According to Syrian TV, the driver was killed and five teachers in the vehicle were wounded (Syrian TV, February 2, 2019).",
          1, 1, 5, 5, null },
        // breakdowns after the count are not added again
        { "A total of 14 people were killed, eight policemen and six civilians. In addition, 18 people were wounded, seven of them policemen and 11 civilians. ISIS claimed responsibility for the attack (Afghanistan Times, November 16, 2017).",
          14, 14, 18, 18, null },
        { "According to a news website affiliated with the Syrian regime, three soldiers, two of them officers, were killed in the blast, and 12 others were wounded (Enab Baladi, a news website affiliated with the rebel organizations, November 25, 2019).",
          3, 3, 12, 12, null },
        { "Baiji area: On July 2, 2017, the Iraqi Air Force attacked an ISIS car bomb workshop in the town of Safra, about 35 km northeast of Baiji. Four ISIS operatives were killed in the attack, one of them a regional commander (Al-Sumaria, July 3, 2017).",
          4, 4, null, null, null },
        { "Ramadi area: In an ISIS suicide bombing attack carried out on July 2, 2017, in the displaced persons camp “the 60th kilometer” west of the city of Ramadi, a total of 14 people were killed and 13 others wounded, mostly women and children.",
          14, 14, 13, 13, null },
        // pronouns and singular subjects
        { "On November 18, 2019, an SDF intelligence commander was targeted by machine gun fire on the Al-Omar oilfield road, about 50 km southeast of Deir ez-Zor. He was killed (Telegram, November 20, 2019).",
          1, 1, null, null, null },
        { "On November 23, 2019, an IED was activated against a Tribal Mobilization fighter about 80 km northeast of Baqubah. He was wounded (Telegram, November 23, 2019).",
          null, null, 1, 1, null },
        { "On November 21, 2019, ISIS operatives captured a Tribal Mobilization fighter in Baiji. He was executed (Telegram, November 23, 2019).",
          1, 1, null, null, 1 },
        { "On November 20, 2019, an Iraqi Federal Police operative was shot and killed about 80 km north of Baghdad (Telegram, November 20, 2019).",
          1, 1, null, null, null },
        { "Diyala Province: Attack on an oil police position around 37 km north of Baghdad. An Iraqi security guard was killed (Iraqi News Agency, February 2, 2019).",
          1, 1, null, null, null },
        { "On November 20, 2017, ISIS’s news agency quoted Maj. Avichay Adraee, the head of the Arab media department at the IDF Spokesperson’s Office, as saying that an IDF soldier was lightly wounded by gunfire from Sinai.",
          null, null, 1, 1, null },
        { "Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraq – Dijla Province, February 4, 2019).",
          1, 1, null, null, null },
        // active voice, victims as object
        { "According to the Syrian Observatory for Human Rights, on February 3, 2019, the Syrian army and the forces supporting it attacked a vehicle of ISIS operatives in the Al-Sukhnah Desert west of the Euphrates River, killing seven ISIS operatives.",
          7, 7, null, null, null },
        { "sniper fire at the Syrian army in west Aleppo, killing three Syrian soldiers (February 1, 2019)",
          3, 3, null, null, null },
        { "Nineveh Province: On November 18, 2017, the Popular Mobilization (an umbrella framework of Shiite militias under the protection of Iran) announced that a force from the 29th Brigade of the Popular Mobilization had killed five ISIS operatives, thereby thwarting their attack against the Tel Sfouk border crossing between Iraq and Syria in northeastern Syria (Popular Mobilization website, November 18, 2017).",
          5, 5, null, null, null },
        { "Kirkuk Province: On November 19, 2017, the Popular Mobilization announced that its forces, together with forces from the Iraqi Army’s 20th Division, had killed 12 ISIS operatives in the Al-Hawija District, around 58 km west of Kirkuk.",
          12, 12, null, null, null },
        { "Al-Waleed crossing: ISIS announced on July 1, 2017, that it had killed 28 Iraqi Army soldiers and members of the Popular Mobilization Units (Iranian-affiliated Shiite militias), in an attack carried out by its operatives against an Iraqi Army outpost in the area of the Al-Waleed crossing along the Iraqi-Syrian border (on the Iraqi side of the Al-Tanf crossing) (Haqq, July 1, 2017).",
          28, 28, null, null, null },
        { "In recent days, ISIS's activities in Iraq have increased significantly. On May 5, ISIS launched attacks against Iraqi security forces and the Popular Mobilization Forces (PMF) in Salah al-Din governorate, killing 11 and wounding two other PMF members.",
          11, 11, 2, 2, null },
        // event nouns
        { "Al-Anbar Province: The killing of two members of the Tribal Mobilization (Sunni militias loyal to the Iraqi regime) near Haditha (around 195 km northwest of Baghdad) (Shabakat Shumukh, February 2, 2019).",
          2, 2, null, null, null },
        { "Salah al-Din Province: The killing of a collaborator with the Iraqi army with an IED in the Samarra area (Shabakat Shumukh, February 5, 2019).",
          1, 1, null, null, null },
        { "Al-Anbar Province: The execution of a Popular Mobilization operative who was caught in an ambush near the city of Al-Qaim (Shabakat Shumukh, February 5, 2019).",
          1, 1, null, null, null },
        { "Kirkuk Province: The arrest of an ISIS commander in the Al-Hawija District west of Kirkuk (Al-Sumaria News, February 1, 2019).",
          null, null, null, null, 1 },
        // hedged and word numbers
        { "The Syrian Observatory for Human Rights reported that at least twenty ISIS operatives had been killed in an airstrike against an ISIS convoy in the area of the Conoco gas field, northeast of Deir ez-Zor. Several ISIS vehicles were destroyed in the airstrike.",
          20, null, null, null, null },
        { "On November 21, 2017, a suicide bomber blew up a car bomb in a vegetable open market in the center of the city of Tuz Khurmatu, about 69 km south of Kirkuk.[3] At least 23 people were killed and 60 people were wounded. Most of the dead are civilians. ISIS claimed responsibility for the attack.",
          23, null, 60, 60, null },
        { "On November 16, 2017, ISIS announced that fifty Syrian army soldiers had been killed in an attack by the organization against a motorized convoy west of the city of Al-Mayadeen. An ISIS suicide bomber blew up a car bomb in the middle of the convoy.",
          50, 50, null, null, null },
        { "Concurrently with the face-to-face fighting, ISIS operatives continued their suicide bombing attacks against the SDF forces. Five SDF commanders were reportedly killed by an explosion of a car bomb detonated by ISIS operatives in the town of Al-Mansura, west of Al-Raqqah (Khotwa, June 29, 2017).",
          5, 5, null, null, null },
        { "ISIS operatives fired at Philippine soldiers in the northern part of Jolo Island, in the southern Philippines. Seven soldiers were killed (Telegram, November 23, 2019).",
          7, 7, null, null, null },
        { "On November 21, 2019, two “spies” of the Egyptian Interior Ministry were executed east of Bir al-Abd (Telegram, November 21, 2019).",
          2, 2, null, null, null },
        { "Nineveh Province: Detonation of an IED against a vehicle belonging to an Iraqi Special Forces unit in the city of Mosul. Two Iraqi combatants were wounded (Shabakat Shumukh, February 5, 2019).",
          null, null, 2, 2, null },
        // casualty nouns after a number
        { "The latest attack took place this week at a hotel in Kabul where Jamaat-e-Islami, the oldest political party in Afghanistan, was holding a conference (14 dead, 18 wounded).",
          14, 14, 18, 18, null },
        { "On June 28, 2017, there were reports on 11 fatalities among the SDF forces following the detonation of an IED in the village of Hamra Nasser, east of Al-Raqqah (Dimashq Al-Aan, June 28, 2017).",
          11, 11, null, null, null },
        { "ISIS furthermore beheaded a number of members of regime forces and captured others, bringing the regime's losses in the attack to seven dead and at least 13 wounded. Among the dead were Hamad Al-Ahmad Al-Amin; Lieutenant Ahmad Sultan from the ranks of the Fifth Corps' Seventh Brigade; Amer Abud Al-Bahar, a leader of the regime forces' tribal militia; and his brother Ali Al-Bahar, a leader in the SDF militia. After intervention from Amer Abud Al-Bahar, Ali Al-Bahar had been granted entry into Damascus for treatment following an injury he had previously suffered. A woman accompanying them was also killed.",
          8, 8, 13, null, null },
        // two accounts: the first figure wins
        { "According to an announcement by ISIS’s West Africa Province, on November 18, 2019, its operatives ambushed a Mali army convoy in the Tabankort area, about 100 km north of the Mali-Niger border. Thirty soldiers were killed and 30 others were wounded. In addition, weapons, ammunition and military equipment were seized (Telegram, November 20, 2019). According to an announcement by the Mali army, during a joint operation carried out by forces from Mali and Niger near Tabankort, a patrol was attacked by “terrorist operatives.” According to the announcement, 24 soldiers were killed and 29 were wounded. In addition, 17 jihadist operatives were killed.",
          30, 30, 30, 30, null },
        { "According to a report by ISIS, on November 18, 2019, an Algerian army force was dropped from three helicopters, with the aim of capturing two ISIS operatives in the village of Tundarat in southern Algeria (near the border with Mali). ISIS operatives, who refused to surrender, exchanged fire with the army forces. A commander and seven soldiers were killed. The two ISIS operatives were also killed (Telegram, November 21, 2019). The Algerian army announced that it had killed two “terrorist operatives” (i.e., ISIS operatives) on November 18, 2019.",
          10, 10, null, null, null },
        { "ISIS reported that its operatives had detonated an IED that hit a vehicle traveling in the rural area east of Aleppo. According to ISIS, several SDF fighters were killed (Al-Sham Province, Aleppo area, February 1, 2019). According to Syrian TV, the driver was killed and five teachers in the vehicle were wounded (Syrian TV, February 2, 2019).",
          1, 1, 5, 5, null },
        // none
        { "According to Syrian media, the IDF attacked Syrian regime outposts in the area of the 90th Brigade, near the village of Al-Samdaniya (Al-Durar Al-Shamiya, July 1, 2017). No casualties were reported (Dimashq Al-Aan, July 1, 2017).",
          0, 0, 0, 0, null },
        // captured, detained, kidnapped, surrendered
        { "On November 23, 2019, the SDF forces carried out an operation to detain ISIS operatives in Diban, 5 km east of Al-Mayadeen. During the operation, a squad numbering four operatives was detained. Weapons found in their possession were seized (SDF Press YouTube channel, November 23, 2019).",
          null, null, null, null, 4 },
        { "On November 23, 2019, the Iraqi security forces captured a squad numbering 17 ISIS operatives about 5 km northwest of Al-Fallujah (Iraqi News Agency, November 23, 2019).",
          null, null, null, null, 17 },
        { "During the operation, compounds were cleared and many ISIS operatives were killed or wounded. According to the statement, 12 ISIS operatives were taken prisoner (CENTCOM, November 23, 2019).",
          null, null, null, null, 12 },
        { "On November 16, 2019, the Afghan Ministry of Defense announced that 18 ISIS operatives had turned themselves in to the Afghan forces in the Achin area, along with 24 women and 31 children.",
          null, null, null, null, 18 },
        { "Previously, on November 13, 2019, at least 300 ISIS operatives, along with 51 women and 96 children, reportedly surrendered to the Afghan security forces in the Nangarhar Province.",
          null, null, null, null, 300 },
        { "In addition, 62 ISIS operatives, including 30 Pakistanis and two Turks, reportedly surrendered in the Achin region (Khaama Press, November 26, 2019).",
          null, null, null, null, 62 },
        { "On November 24, 2019, the Afghan Defense Ministry announced that a group of 22 ISIS operatives had surrendered to the Afghan forces in the Achin region and handed over their weapons (Khaama Press, November 24, 2019).",
          null, null, null, null, 22 },
        { "According to another report, the SDF carried out two operations in the Hajin rural area, during which they captured three ISIS foreign fighters: an Egyptian, a Saudi and a German.",
          null, null, null, null, 3 },
        { "The Kurdish forces reported that during the battles in the Hajin area, they had captured six ISIS foreign fighters who had carried out terrorist activity in recent years.",
          null, null, null, null, 6 },
        { "Al-Ahmad reported that ISIS had claimed responsibility for a bombing in the town of Al-Kasrat, south of Al-Raqqa, where its cells are active in areas controlled by SDF militia, and that it had also kidnapped three members of the Syrian Air Force Intelligence between the towns of Al-Sabkha and Maadan in the Al-Raqqa countryside.",
          null, null, null, null, 3 },
        { "In addition, 17 jihadist operatives were killed. One hundred suspects were detained by the Niger army.",
          17, 17, null, null, 100 },
        { "Al-Anbar Province: Two female suicide bombers (according to their photos, they appear to be around 17 years old) were detained by the Iraqi security forces in the city of Haditha.",
          null, null, null, null, 2 },
        { "On November 22, 2019, “armed men” captured two people who had (allegedly) collaborated with the Egyptian army in east Bir al-Abd. The two men were interrogated and then executed (Shahed Sinaa, November 22, 2019).",
          2, 2, null, null, 2 },
        // Forms not in the seed reports; sentences modelled on them.
        { "An IED was activated against a Syrian army vehicle, killing and wounding 12 soldiers.",
          null, null, null, null, null },
        { "Two soldiers died of their wounds the following day.",
          2, 2, null, null, null },
        { "The car bomb claimed the lives of 12 civilians and wounded 20 others.",
          12, 12, 20, 20, null },
        { "ISIS operatives attacked an army post, killing a soldier and wounding three others.",
          1, 1, 3, 3, null },
        { "An ISIS commander and his deputy were killed in an airstrike.",
          2, 2, null, null, null },
        { "ISIS claimed that 15 soldiers were killed, while the army said only 3 died.",
          15, 15, null, null, null },
        { "A suicide bomber killed 25 people and wounded 40 others at a mosque.",
          25, 25, 40, 40, null },
        { "Four people, including two children, were killed.",
          4, 4, null, null, null },
        // nothing countable
        { "On November 24, 2019, an airstrike was carried out near Tikrit, about 150 km north of Baghdad, against an ISIS hiding place (Kurdistan 24, November 24, 2019). ISIS operatives staying there were killed (Al-Sumaria News, November 24, 2019).",
          null, null, null, null, null },
        { "ISIS operatives, who refused to surrender, exchanged fire with the army forces.",
          null, null, null, null, null },
        // places and things are not people
        { "In March 2019, the US-backed SDF captured the Syrian village of Al-Baghuz, which led to a formal end to the caliphate that ISIS had declared and which had reached its peak in 2015, spanning across large areas of Iraq and Syria.",
          null, null, null, null, null },
        { "On November 23, 2019, the Iraqi security forces captured two ISIS hideouts near Al-Fallujah.",
          null, null, null, null, null },
        { "Right: Photos of operatives killed in the battles with ISIS, mainly among Hezbollah.",
          null, null, null, null, null },
        { "The Iraqi forces are mopping up the city searching for mines and IEDs left by ISIS.",
          null, null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Counts_killed_wounded_and_captured(string text, int? killedMin, int? killedMax, int? woundedMin, int? woundedMax, int? captured)
    {
        var count = Extract(text);
        (count.KilledMin, count.KilledMax, count.WoundedMin, count.WoundedMax, count.Captured)
            .Should().Be((killedMin, killedMax, woundedMin, woundedMax, captured), "note: " + count.Note);
    }

    // incident text (verbatim from the seeds) and what its casualty note must say
    public static TheoryData<string, string> Notes => new()
    {
        { "On November 22, 2019, ISIS reported that its operatives had detonated two car bombs in two Shiite neighborhoods in Baghdad. As a result of the blasts, 22 Shiite residents were killed and wounded (Telegram, November 24, 2019).",
          "22 killed and wounded" },
        { "On November 20, 2019, an IED was activated against an Egyptian army tank east of Bir al-Abd. The soldiers in the tank were killed or wounded (Telegram, November 21, 2019; Shahed Sinaa, November 22, 2019).",
          "killed or wounded" },
        { "During the operation, compounds were cleared and many ISIS operatives were killed or wounded.",
          "many killed or wounded" },
        { "ISIS reported that it had detonated an IED against SDF vehicles about 42 km west of the city, on the road between Manbij and Al-Bab (on the main highway from Manbij to Aleppo). According to the announcement, several SDF fighters were wounded (Al-Sham Province, Aleppo area, February 1, 2019).",
          "several wounded" },
        { "One member of the Border Police was killed and another was wounded. ISIS sustained many casualties (Al-Sumaria News, February 1, 2019).",
          "many casualties" },
        { "Subsequently, clashes took place for three hours between the ISIS operatives and the Syrian army and the forces supporting it. Both sides sustained casualties (Khotwa, February 3, 2019).",
          "casualties (number not given)" },
        { "An IED was activated against a Syrian army vehicle, killing and wounding 12 soldiers.",
          "12 killed and wounded" },
        { "ISIS claimed that 15 soldiers were killed, while the army said only 3 died.",
          "another account: 3 killed" },
        { "ISIS’s most prominent activity during the past week was the detonation of two car bombs in two Shiite neighborhoods in Baghdad. ISIS reported 22 casualties.",
          "22 casualties" },
        { "Thirty soldiers were killed and 30 others were wounded. In addition, weapons, ammunition and military equipment were seized (Telegram, November 20, 2019). According to an announcement by the Mali army, during a joint operation carried out by forces from Mali and Niger near Tabankort, a patrol was attacked by “terrorist operatives.” According to the announcement, 24 soldiers were killed and 29 were wounded. In addition, 17 jihadist operatives were killed.",
          "another account: 41 killed, 29 wounded" },
        { "A commander and seven soldiers were killed. The two ISIS operatives were also killed (Telegram, November 21, 2019). The Algerian army announced that it had killed two “terrorist operatives” (i.e., ISIS operatives) on November 18, 2019.",
          "another account: 2 killed" },
    };

    [Theory]
    [MemberData(nameof(Notes))]
    public void Notes_what_the_numbers_cannot_hold(string text, string note)
    {
        Extract(text).Note.Should().NotBeNull().And.Contain(note);
    }

    [Fact]
    public void A_vague_loss_is_noted_once()
    {
        var count = Extract("Apparently, ISIS did not display significant resistance in Rawa. Reportedly, it sustained several fatalities, its equipment was destroyed, and many of its operatives fled towards the desert.");
        count.Should().Be(CasualtyCount.None with { Note = "several fatalities" });
    }

    [Fact]
    public void Combined_figures_leave_the_counts_empty()
    {
        var count = Extract("As a result of the blasts, 22 Shiite residents were killed and wounded (Telegram, November 24, 2019).");
        (count.KilledMin, count.WoundedMin).Should().Be((null, null));
    }

    [Fact]
    public void Sentences_of_one_incident_are_counted_together()
    {
        var count = Extractor.Extract([
            "On November 19, 2019, an IED was activated against an Egyptian army armored vehicle near a checkpoint around 2 km southeast of Sheikh Zuweid.",
            "An officer and two soldiers were killed.",
            "Three other soldiers were wounded (Telegram, November 20, 2019).",
        ]);
        count.Should().Be(new CasualtyCount(3, 3, 3, 3, null, null));
    }

    [Fact]
    public void A_later_source_that_only_adds_the_wounded_is_not_a_competing_account()
    {
        // modelled on 001 (Syrian TV after the ISIS claim): killed from one source, wounded from another
        var count = Extract("An Iraqi security guard was killed (Iraqi News Agency, February 2, 2019). According to Syrian TV, five teachers in the vehicle were wounded (Syrian TV, February 2, 2019).");
        count.Should().Be(new CasualtyCount(1, 1, 5, 5, null, null));
    }

    [Fact]
    public void No_sentences_give_no_counts()
    {
        Extractor.Extract([]).Should().Be(CasualtyCount.None);
    }
}
