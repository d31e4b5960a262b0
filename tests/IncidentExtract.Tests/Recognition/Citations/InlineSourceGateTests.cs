using IncidentExtract.Recognition.Citations;

namespace IncidentExtract.Tests.Recognition.Citations;

/// <summary>The one search that rules out texts naming no inline source, on real report sentences (/work/shared/seeds).</summary>
public class InlineSourceGateTests
{
    private readonly InlineSourceRecognizer _recognizer = new();

    [Theory]
    [InlineData("According to Syrian TV, the driver was killed and five teachers in the vehicle were wounded (Syrian TV, February 2, 2019).", true)]
    [InlineData("On May 17, IranWire correspondent Umar Al-Ahmad reported that ISIS has intensified its operations against Iranian militias, Syrian regime forces, and Syrian Democratic Forces (SDF) militia in the governorates of Deir Al-Zour and Al-Raqqa, having launched several group attacks in the Deir Al-Zour desert.", true)]
    [InlineData("Al-Ahmad confirmed that ISIS launched an attack at noon on May 17 on positions belonging to the Russian-backed Fifth Corps on the Damascus-Deir Al-Zour Road near the Kabajib area, managing to cut off the international road between Kabajib and Al-Shula for several hours.", true)]
    [InlineData("It announced on Twitter: \"A force from the PMF's 23rd Brigade has foiled an infiltration operation by the remnants of ISIS in the village of Ali Al-Sadoun in the Khaniqin district, forcing them to flee,” adding that it shot down a drone used by ISIS terrorists during the failed infiltration attempt.", true)]
    [InlineData("Airstrikes in Kafrnubl (Edlib Media Center – EMC, November 26, 2019)", true)]
    [InlineData("At least 23 people were killed and 60 people were wounded.", false)]
    [InlineData("Most of the dead are civilians.", false)]
    [InlineData("ISIS claimed responsibility for the attack.", false)]
    [InlineData("In addition, weapons, ammunition and military equipment were seized (Telegram, November 20, 2019).", false)] // a platform cited, not posted on
    public void Passes_the_texts_a_rule_may_read(string text, bool expected) =>
        InlineSourceRecognizer.MayNameSource(text).Should().Be(expected);

    /// <summary>A text the gate turns away gives what the rules would have given it: nothing.</summary>
    [Theory]
    [InlineData("At least 23 people were killed and 60 people were wounded.")]
    [InlineData("ISIS claimed responsibility for the attack.")]
    [InlineData("In addition, weapons, ammunition and military equipment were seized (Telegram, November 20, 2019).")]
    public void A_text_turned_away_names_no_source(string text) =>
        _recognizer.Recognize(text).Should().BeEmpty();
}
