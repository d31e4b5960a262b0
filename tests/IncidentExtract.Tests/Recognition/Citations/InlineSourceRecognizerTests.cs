using IncidentExtract.Recognition.Citations;

namespace IncidentExtract.Tests.Recognition.Citations;

public class InlineSourceRecognizerTests
{
    private readonly InlineSourceRecognizer _recognizer = new();

    [Theory]
    [InlineData("According to the Syrian Observatory for Human Rights, on February 3, 2019, the Syrian army and the forces supporting it attacked a vehicle of ISIS operatives in the Al-Sukhnah Desert west of the Euphrates River, killing seven ISIS operatives.",
        "Syrian Observatory for Human Rights")]
    [InlineData("According to a report by the Syrian Observatory for Human Rights (SOHR), aircraft apparently belonging to the Coalition forces attacked a building that served as an ISIS prison in the city of Al-Mayadeen, in the lower Euphrates Valley.",
        "Syrian Observatory for Human Rights")]
    [InlineData("According to Syrian TV, the driver was killed and five teachers in the vehicle were wounded (Syrian TV, February 2, 2019).", "Syrian TV")]
    [InlineData("The official Syrian Arab News Agency (SANA) reported that on May 18, seven ISIS operatives escaped from Al-Hawl prison in the eastern Al-Hasaka countryside, which is controlled by US-backed SDF groups.",
        "Syrian Arab News Agency")]
    [InlineData("On May 17, IranWire correspondent Umar Al-Ahmad reported that ISIS has intensified its operations against Iranian militias, Syrian regime forces, and Syrian Democratic Forces (SDF) militia in the governorates of Deir Al-Zour and Al-Raqqa, having launched several group attacks in the Deir Al-Zour desert.",
        "Al-Ahmad")]
    [InlineData("Al-Ahmad confirmed that ISIS launched an attack at noon on May 17 on positions belonging to the Russian-backed Fifth Corps on the Damascus-Deir Al-Zour Road near the Kabajib area, managing to cut off the international road between Kabajib and Al-Shula for several hours.",
        "Al-Ahmad")]
    [InlineData("According to Al-Ahmad, ISIS set fire to a truck belonging to the Syrian regime's forces, and another small vehicle that was heading to Deir Al-Zour carrying members of the Syrian regime.",
        "Al-Ahmad")]
    [InlineData("ISIS reported that its operatives had detonated an IED that hit a vehicle traveling in the rural area east of Aleppo. According to ISIS, several SDF fighters were killed (Al-Sham Province, Aleppo area, February 1, 2019).",
        "ISIS")]
    [InlineData("According to an announcement by ISIS’s West Africa Province, on November 18, 2019, its operatives ambushed a Mali army convoy in the Tabankort area, about 100 km north of the Mali-Niger border.",
        "ISIS’s West Africa Province")]
    [InlineData("According to an announcement by the Mali army, during a joint operation carried out by forces from Mali and Niger near Tabankort, a patrol was attacked by “terrorist operatives.”",
        "Mali army")]
    [InlineData("According to an announcement by the Russian Ministry of Defense, on November 15, 17 and 18, six long-range Tu-22M3 bombers took off from a base in Russia and flew over Iranian and Iraqi territory",
        "Russian Ministry of Defense")]
    [InlineData("It announced on Twitter: \"A force from the PMF's 23rd Brigade has foiled an infiltration operation by the remnants of ISIS in the village of Ali Al-Sadoun in the Khaniqin district, forcing them to flee,” adding that it shot down a drone used by ISIS terrorists during the failed infiltration attempt.",
        "Twitter")]
    [InlineData("The Syrian Observatory for Human Rights reported that exchanges of artillery fire and clashes had taken place between the Syrian army (and the jihadi organizations) in various areas north of Hama and in the Idlib rural area (Syrian Observatory for Human Rights, February 1, 2019).",
        "Syrian Observatory for Human Rights")]
    [InlineData("The ISIS enclave in this region is reportedly about 4,000 square kilometers in size and extends from the northern part of the city of Al-Sukhnah up to the Deir ez-Zor Desert. According to Deir ez-Zor 24, ISIS operatives spread leaflets.",
        "Deir ez-Zor 24")]  // the second sentence is constructed: a name with a lower-case article inside
    public void Finds_named_sources(string text, params string[] expected)
    {
        _recognizer.Recognize(text).Select(s => s.Name).Should().Equal(expected);
    }

    /// <summary>Parties speaking about their own action and unnamed attributions are not sources.</summary>
    [Theory]
    [InlineData("Kirkuk Province: On November 19, 2017, the Popular Mobilization announced that its forces, together with forces from the Iraqi Army’s 20th Division, had killed 12 ISIS operatives in the Al-Hawija District, around 58 km west of Kirkuk.")]
    [InlineData("The Kurdish forces reported that during the battles in the Hajin area, they had captured six ISIS foreign fighters who had carried out terrorist activity in recent years.")]
    [InlineData("According to Syrian media, the IDF attacked Syrian regime outposts in the area of the 90th Brigade, near the village of Al-Samdaniya (Al-Durar Al-Shamiya, July 1, 2017).")]
    [InlineData("According to a news website affiliated with the Syrian regime, three soldiers, two of them officers, were killed in the blast, and 12 others were wounded")]
    [InlineData("According to Afghan media reports, more than 600 ISIS operatives and several hundred members of their families have turned themselves in to the Afghan government")]
    [InlineData("According to other reports, the Syrian army fired rockets in response for the violation of the de-escalation agreement.")]
    [InlineData("The Syrian Army reported that it had managed to regain control of two outposts infiltrated by operatives of the Headquarters for the Liberation of Al-Sham west of Madinat Al-Baath (Butulat Al-Jaysh Al-Suri, July 2, 2017).")]
    [InlineData("According to the Afghan minister of defense, the number of ISIS operatives and their families who turned themselves in over the past two weeks (i.e., even before the operation began) exceeds 615")]
    [InlineData("On November 22, 2019, ISIS reported that its operatives had detonated two car bombs in two Shiite neighborhoods in Baghdad")]
    [InlineData("Airstrikes in Kafrnubl (Edlib Media Center – EMC, November 26, 2019)")]
    public void Ignores_parties_and_unnamed_attributions(string text)
    {
        _recognizer.Recognize(text).Should().BeEmpty();
    }

    [Fact]
    public void Reads_a_dash_byline()
    {
        // Constructed: the byline form ("– CNN, January 2") does not occur in the five sample reports.
        const string text = "Officials said the convoy was hit near the border – CNN, January 2.";
        _recognizer.Recognize(text).Select(s => s.Name).Should().Equal("CNN");
    }

    [Fact]
    public void Reports_where_the_name_is()
    {
        const string text = "According to Syrian TV, the driver was killed.";
        var source = _recognizer.Recognize(text).Should().ContainSingle().Subject;
        text.Substring(source.Start, source.Length).Should().Be("Syrian TV");
    }
}
