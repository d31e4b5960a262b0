using IncidentExtract.Recognition.Numbers;

namespace IncidentExtract.Tests.Recognition.Numbers;

public class NumberRecognizerTests
{
    private static readonly NumberRecognizer Recognizer = new();

    // sentence (verbatim from the seed reports), the number's text, min, max, qualifier
    public static TheoryData<string, string, int?, int?, NumberQualifier> Values => new()
    {
        { "In addition, the Russian demolition unit located and neutralized more than 44,780 IEDs (Sputnik, November 17, 2017).",
          "more than 44,780", 44780, null, NumberQualifier.MoreThan },
        { "According to Syrian sources, about 40-50 fighters were killed in the campaign for Albukamal, including 30 fighters of Hezbollah and the Shiite militias.",
          "about 40-50", 40, 50, NumberQualifier.About },
        { "At least 23 people were killed and 60 people were wounded.",
          "At least 23", 23, null, NumberQualifier.AtLeast },
        { "One hundred suspects were detained by the Niger army.",
          "One hundred", 100, 100, NumberQualifier.Exact },
        { "A total of 14 people were killed, eight policemen and six civilians.",
          "A total of 14", 14, 14, NumberQualifier.Exact },
        { "Thirty soldiers were killed and 30 others were wounded (Telegram, November 20, 2019).",
          "Thirty", 30, 30, NumberQualifier.Exact },
        { "On November 16, 2017, ISIS announced that fifty Syrian army soldiers had been killed in an attack by the organization against a motorized convoy west of the city of Al-Mayadeen.",
          "fifty", 50, 50, NumberQualifier.Exact },
        { "The Syrian Observatory for Human Rights reported that at least twenty ISIS operatives had been killed in an airstrike against an ISIS convoy in the area of the Conoco gas field, northeast of Deir ez-Zor.",
          "at least twenty", 20, null, NumberQualifier.AtLeast },
        { "Diyala Province: Iraqi security forces prevented the infiltration of dozens of ISIS operatives who had fled after the takeover of Al-Hawija by the Iraqi security forces.",
          "dozens", null, null, NumberQualifier.Vague },
        { "According to the Afghan minister of defense, the number of ISIS operatives and their families who turned themselves in over the past two weeks (i.e., even before the operation began) exceeds 615 (TOLO News; Anatolia News Agency; Khaama Press, November 16, 2019).",
          "exceeds 615", 615, null, NumberQualifier.MoreThan },
        { "According to an announcement by US officials, the SDF is holding some 850 foreign fighters who joined ISIS, and their return to their home countries remains a challenge requiring coordinated international efforts.",
          "some 850", 850, null, NumberQualifier.MoreThan },
        { "Up to now, over 600 ISIS operatives and several hundred women, children and family members have reportedly surrendered.",
          "several hundred", null, null, NumberQualifier.Vague },
        { "The number of ISIS operatives in the province is now estimated at around 100 armed operatives operating in secret squads (Al-Sumaria News, November 20, 2019).",
          "around 100", 100, 100, NumberQualifier.About },
        { "However, ISIS's loss of territory and the killing of its leader, Abu Bakr al-Baghdadi, has not stopped the organization from carrying out offensive operations, and between 20,000 and 25,000 ISIS fighters remain in Iraq and Syria according to estimates by the Washington-based Center for Strategic and International Studies.",
          "between 20,000 and 25,000", 20000, 25000, NumberQualifier.Exact },
        { "Salah al-Din Province: ISIS operatives attacked an Iraqi Border Police position near the Syrian-Iraqi border. One member of the Border Police was killed and another was wounded. ISIS sustained many casualties (Al-Sumaria News, February 1, 2019).",
          "many", null, null, NumberQualifier.Vague },
        { "Since the beginning of the Syrian army’s ground attack in early May 2019, a total of 4,646 people have been killed in the Idlib region.",
          "a total of 4,646", 4646, 4646, NumberQualifier.Exact },
        // Not in the seed reports; sentences modelled on them.
        { "Ninety-nine ISIS operatives surrendered to the Afghan security forces in the Achin region.",
          "Ninety-nine", 99, 99, NumberQualifier.Exact },
        { "A dozen ISIS operatives were detained by the Iraqi security forces in the city of Haditha.",
          "A dozen", 12, 12, NumberQualifier.Exact },
        { "Scores of civilians were wounded in the explosion.",
          "Scores", null, null, NumberQualifier.Vague },
        { "Two dozen ISIS operatives surrendered to the Afghan forces.",
          "Two dozen", 24, 24, NumberQualifier.Exact },
        { "The Syrian army took over 3 villages south of Mushayrafa.",
          "3", 3, 3, NumberQualifier.Exact },
        { "ISIS claimed that two hundred and fifty soldiers were killed.",
          "two hundred and fifty", 250, 250, NumberQualifier.Exact },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Reads_value_and_qualifier(string sentence, string text, int? min, int? max, NumberQualifier qualifier)
    {
        var mentions = Recognizer.Recognize(sentence);
        var mention = mentions.Should().ContainSingle(m => m.Text == text, "found: " + string.Join(" | ", mentions.Select(m => m.Text))).Subject;
        sentence.Substring(mention.Start, mention.Length).Should().Be(text);
        (mention.Min, mention.Max, mention.Qualifier).Should().Be((min, max, qualifier));
    }

    // sentence (verbatim from the seeds) and every count in it, in order: dates, ordinals, measures,
    // money, percentages, years, footnote marks and model names are not counts.
    public static TheoryData<string, string[]> AllCounts => new()
    {
        { "ISIS claimed that it had seized five trucks carrying ammunition, four 122mm guns, two 23mm anti-aircraft guns, and many more weapons (Haqq, November 16, 2017).",
          ["five", "four", "two", "many"] },
        { "According to an announcement by the Russian Ministry of Defense, on November 15, 17 and 18, six long-range Tu-22M3 bombers took off from a base in Russia",
          ["six"] },
        { "ISIS reported that it had detonated an IED against SDF vehicles about 42 km west of the city, on the road between Manbij and Al-Bab (on the main highway from Manbij to Aleppo).",
          [] },
        { "The ISIS enclave in this region is reportedly about 4,000 square kilometers in size and extends from the northern part of the city of Al-Sukhnah up to the Deir ez-Zor Desert.",
          [] },
        { "For example, in the second quarter of 2017, ISIS’s revenues totaled a mere $16 million a month, compared to $81 million in the corresponding period of 2015.",
          [] },
        { "Researchers and security experts at HIS Markit estimate that after the loss of its territory in Syria and Iraq (an estimated 60% of territory), ISIS’s revenues have dropped significantly.",
          [] },
        { "According to the Secretary of Defense, 99.5% of the territory controlled by ISIS has returned to the Syrians.",
          [] },
        { "Nineveh Province: On November 18, 2017, the Popular Mobilization (an umbrella framework of Shiite militias under the protection of Iran) announced that a force from the 29th Brigade of the Popular Mobilization had killed five ISIS operatives",
          ["five"] },
        { "Al-Anbar Province: The downing of an Iraqi army reconnaissance drone near the 60th kilometer west of Ramadi (Shabakat Shumukh, February 3, 2019).",
          [] },
        { "Mikhail Mezentsev, head of Russia’s National Defense Management Center, said at the Third Interagence Training Conference that more than 40 Russian children had been brought back to Russia from Syria over the past six weeks.",
          ["more than 40"] },
        { "[1] The Nujaba Movement (“The Movement of the Noble”) is an Iraqi Shiite militia operating mainly in the Baghdad region.",
          [] },
        { "[4] Jamaat-e-Islami (the Islamic Society) was founded in 1972 and is considered the oldest political party in Afghanistan.",
          [] },
        { "Fatalities included 1,849 rebel organization operatives, including 1,201 operatives of jihadi organizations.",
          ["1,849", "1,201"] },
        { "According to US Department of Defense Spokesperson Commander Sean Robertson, the SDF forces are holding more than 800 ISIS foreign fighters from over forty countries (CNN, February 1, 2019).",
          ["more than 800", "over forty"] },
        { "The Syrian forces announced that they had taken over an area three kilometers northeast of the oil field (Sham Network, June 30, 2017).",
          [] },
        { "It should be noted that a few days after the accounts were shut down, ISIS’s operatives and supporters opened new groups and accounts, so that the organization’s media network continues to function without significant damage.",
          [] },
        { "It announced on Twitter: \"A force from the PMF's 23rd Brigade has foiled an infiltration operation by the remnants of ISIS in the village of Ali Al-Sadoun in the Khaniqin district, forcing them to flee,” adding that it shot down a drone used by ISIS terrorists during the failed infiltration attempt.",
          [] },
        { "On May 5, ISIS launched attacks against Iraqi security forces and the Popular Mobilization Forces (PMF) in Salah al-Din governorate, killing 11 and wounding two other PMF members.",
          ["11", "two"] },
    };

    [Theory]
    [MemberData(nameof(AllCounts))]
    public void Finds_only_counts(string sentence, string[] expected)
    {
        Recognizer.Recognize(sentence).Select(m => m.Text).Should().Equal(expected);
    }

    [Fact]
    public void Dates_recognised_beforehand_are_skipped_the_same_way()
    {
        const string sentence = "On November 23, 2019, the Iraqi security forces captured a squad numbering 17 ISIS operatives about 5 km northwest of Al-Fallujah (Iraqi News Agency, November 23, 2019).";
        var dates = new IncidentExtract.Recognition.Dates.DateRecognizer().Recognize(sentence);
        Recognizer.Recognize(sentence, dates).Select(m => m.Text).Should().Equal("17");
    }
}
