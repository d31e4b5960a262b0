using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Tests.Recognition.Places;

public class PlaceRecognizerTests
{
    [Theory]
    // Arabic article forms and ta-marbuta spellings meet
    [InlineData("Al-Ahmad reported that ISIS had claimed responsibility for a bombing in the town of Al-Kasrat, south of Al-Raqqa, where its cells are active", "Al-Raqqa", "Al-Raqqah")]
    [InlineData("On July 3, 2017, the SDF forces fighting in Al-Raqqah entered Al-Raqqah’s Old City, with Coalition air support.", "Al-Raqqah", "Al-Raqqah")]
    [InlineData("In March 2019, the US-backed SDF captured the Syrian village of Al-Baghuz, which led to a formal end to the caliphate", "Al-Baghuz", "Al-Baghuz")]
    [InlineData("Pro-Iranian Shiite militias firing at ISIS targets in the Al-Baghouz area", "Al-Baghouz", "Al-Baghuz")]
    [InlineData("The Popular Mobilization reported that on February 1 and 2, 2019, it fired rockets at an ISIS staging zone in the village of Al-Bukamal", "Al-Bukamal", "Albukamal")]
    [InlineData("On May 17, the Iraqi PMF reported on its operations in the Khaniqin area of Diyala governorate", "Khaniqin", "Khanaqin")]
    public void Finds_spelling_variants_of_the_same_place(string sentence, string asWritten, string canonical)
    {
        var mentions = SharedGazetteer.Recognizer.Recognize(sentence);
        mentions.Should().Contain(m => m.AsWritten == asWritten && m.Candidates.Any(p => p.Name == canonical));
    }

    [Theory]
    // capitalised common words, months and people are not places
    [InlineData("In the campaign to take over Albukamal took part several Iranian-affiliated Shiite forces: Most outstanding was Lebanese Hezbollah.", "Most")]
    [InlineData("In March 2019, the US-backed SDF captured the Syrian village of Al-Baghuz, which led to a formal end to the caliphate", "March")]
    [InlineData("On May 17, IranWire correspondent Umar Al-Ahmad reported that ISIS has intensified its operations against Iranian militias", "Al-Ahmad")]
    [InlineData("In the Idlib area, clashes continued between the Syrian army and the Headquarters for the Liberation of Al-Sham and other", "Al-Sham")]
    [InlineData("Six long-range Tu-22M3 bombers took off from a base in Russia", "Tu")]
    public void Does_not_take_common_words_for_places(string sentence, string notAPlace)
    {
        SharedGazetteer.Recognizer.Recognize(sentence).Should().NotContain(m => m.AsWritten == notAPlace);
    }

    [Theory]
    [InlineData("its operatives ambushed a Mali army convoy in the Tabankort area", "Mali", true)]
    [InlineData("One hundred suspects were detained by the Niger army.", "Niger", true)]
    [InlineData("capturing two ISIS operatives in the village of Tundarat in southern Algeria (near the border with Mali).", "Algeria", false)]
    public void Marks_a_country_named_as_an_actor(string sentence, string country, bool actorUse)
    {
        SharedGazetteer.Recognizer.Recognize(sentence).Should().Contain(m => m.AsWritten == country)
            .Which.IsActorUse.Should().Be(actorUse);
    }

    [Fact]
    public void Adjectives_are_not_places()
    {
        var mentions = SharedGazetteer.Recognizer.Recognize("Syrian forces in the villages they took over in the Mushayrafa area (SANA, November 25, 2019)");
        mentions.Select(m => m.AsWritten).Should().Equal("Mushayrafa");
    }

    [Theory]
    [InlineData("Some ISIS operatives were foreign nationals who joined the Khorasan Province in 2019 and were transferred to Nangarhar.", "Khorasan")]
    [InlineData("ISIS’s announcement does not refer to the incident itself but takes advantage of the opportunity to send a threat to Israel by ISIS’s Sinai Province (Haqq, November 20, 2017).", "Sinai")]
    public void A_place_in_an_actor_branch_name_is_an_actor_use(string sentence, string name)
    {
        SharedGazetteer.Recognizer.Recognize(sentence).Should().NotContain(m => m.AsWritten == name && !m.IsActorUse);
    }

    [Theory]
    [InlineData("During the fighting, several shells fired by the Syrian forcesfell once again in Israeli territory.", "Israeli", "Israel")]
    [InlineData("On November 24, 2019, an IED was activated against a Syrian army minibus on the Al-Wa’ar dam road", "Syrian", "Syria")]
    [InlineData("The main modus operandi of ISIS’s activity was planting IEDs and mines, and eliminating figures affiliated with the Afghan government and the Taliban.", "Afghan", "Afghanistan")]
    [InlineData("The main modus operandi of ISIS’s activity was planting IEDs and mines, and eliminating figures affiliated with the Afghan government and the Taliban.", "Taliban", null)]
    public void Demonyms_name_their_country(string sentence, string word, string? country)
    {
        sentence.Should().Contain(word);
        SharedGazetteer.Recognizer.CountryOfDemonym(word).Should().Be(country);
    }
}

public class PlaceNameFoldingTests
{
    [Theory]
    [InlineData("Sāmarrā’", "Samarra")]
    [InlineData("Dar‘ā", "Daraa")]
    [InlineData("Ar Raqqah", "Al-Raqqah")]
    [InlineData("Al-Raqqah", "Raqqa")]
    [InlineData("Deir ez-Zor", "Dayr az Zor")]
    [InlineData("Hajjin", "Hajin")]
    [InlineData("Al-Mayadeen", "Al Mayadin")]
    [InlineData("Tel Sfouk", "Tal Sfuk")]
    public void Variants_fold_to_one_key(string a, string b)
    {
        PlaceNameFolding.Keys(a).First().Should().Be(PlaceNameFolding.Keys(b).First());
    }

    [Theory]
    [InlineData("Mosul", "Samarra")]
    [InlineData("Hit", "Haditha")]
    public void Different_places_stay_apart(string a, string b)
    {
        PlaceNameFolding.Keys(a).First().Should().NotBe(PlaceNameFolding.Keys(b).First());
    }
}
