using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Tests.Recognition.Events;

public class EventTriggerRecognizerTests
{
    private static readonly EventTriggerRecognizer Recognizer = new();

    private static EventType TypeOf(string sentence) => EventTriggerRecognizer.Dominant(Recognizer.Recognize(sentence));

    [Theory]
    [InlineData("On November 21, 2017, a suicide bomber blew up a car bomb in a vegetable open market in the center of the city of Tuz Khurmatu.", EventType.SuicideBombing)]
    [InlineData("On November 21, 2019, an IED was activated against an SDF vehicle at the entrance to Al-Hasakah.", EventType.Bombing)]
    [InlineData("On November 24, 2019, Syrian fighter jets dropped barrel bombs on targets in the area south of Idlib.", EventType.Airstrike)]
    [InlineData("In addition, Russian aircraft attacked Kafrnubl (Edlib Media Center – EMC, November 26, 2019).", EventType.Airstrike)]
    [InlineData("On February 3, 2019, ISIS operatives fired mortar shells at the city of Albukamal.", EventType.Shelling)]
    [InlineData("In addition, the Syrian army fired at the southern Aleppo region, in response to the violations on the part of the rebel organizations in the area.", EventType.Shelling)]
    [InlineData("On November 22, 2019, clashes took place between a Shiite Peace Battalions force and ISIS operatives west of Samarra.", EventType.Clash)]
    [InlineData("On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.", EventType.ArmedAssault)]
    [InlineData("A force from the PMF's 23rd Brigade has foiled an infiltration operation by the remnants of ISIS in the village of Ali Al-Sadoun in the Khaniqin district, forcing them to flee.", EventType.Clash)]
    [InlineData("A force from the 29th Brigade of the Popular Mobilization had killed five ISIS operatives, thereby thwarting their attack against the Tel Sfouk border crossing.", EventType.Clash)]
    [InlineData("On November 21, 2019, two “spies” of the Egyptian Interior Ministry were executed east of Bir al-Abd.", EventType.Execution)]
    [InlineData("Al-Ahmad reported that it had also kidnapped three members of the Syrian Air Force Intelligence between the towns of Al-Sabkha and Maadan.", EventType.Abduction)]
    [InlineData("On November 23, 2019, the Iraqi security forces captured a squad numbering 17 ISIS operatives about 5 km northwest of Al-Fallujah.", EventType.Arrest)]
    [InlineData("On November 16, 2019, the Afghan Ministry of Defense announced that 18 ISIS operatives had turned themselves in to the Afghan forces in the Achin area.", EventType.Surrender)]
    [InlineData("On November 17, 2017, the Iraqi army announced that its forces had taken over the city of Rawa, the Islamic State’s last stronghold in Iraq.", EventType.TerritoryChange)]
    [InlineData("The official Syrian Arab News Agency (SANA) reported that on May 18, seven ISIS operatives escaped from Al-Hawl prison in the eastern Al-Hasaka countryside.", EventType.Escape)]
    [InlineData("The Iraqi Army also announced that a weapons cache was found in the area of the city of Mandali, in the Diyala Province.", EventType.Seizure)]
    [InlineData("On November 23, 2019, the Iraqi security forces carried out an operation to locate ISIS operatives in the Al-Hawija district, about 50 km west of Kirkuk.", EventType.Other)]
    // From the ITIC bulletin of December 16-22, 2021 (not a seed): killed "in a joint operation".
    [InlineData("The Sinai Peninsula: Two ISIS commanders were killed in a joint operation by the Egyptian army and the Sinai Tribal Union in the Al-Ajraa region south of Rafah.", EventType.Other)]
    [InlineData("Kirkuk Province: On November 19, 2017, the Popular Mobilization announced that its forces had killed 12 ISIS operatives in the Al-Hawija District.", EventType.ArmedAssault)]
    public void Recognises_the_event_type_of_real_sentences(string sentence, EventType expected) =>
        TypeOf(sentence).Should().Be(expected);

    [Theory]
    [InlineData("Mikhail Mezentsev said that more than 40 Russian children had been brought back to Russia from Syria over the past six weeks.")]
    [InlineData("These negotiations have proved unsuccessful (up to now).")]
    [InlineData("In the ITIC’s assessment, the rivalry between ISIS and the Taliban contributed to the success of the Afghan security forces.")]
    public void Finds_no_trigger_in_statements_without_events(string sentence) =>
        Recognizer.Recognize(sentence).Should().BeEmpty();

    [Theory]
    [InlineData("According to a report by the Russian Ministry of Defense, over the past week the Russian Air Force carried out more than 500 sorties in Syria in order to locate ISIS targets.")]
    [InlineData("Since the beginning of the Syrian army’s ground attack in early May 2019, a total of 4,646 people have been killed in the Idlib region.")]
    [InlineData("On November 27, 2019, ISIS operatives spread leaflets threatening SDF local government officials in two villages near Al-Mayadeen.")]
    [InlineData("Over the last month, ISIS has increased its attacks on security forces in both Syria and Iraq, and its sleeper cells have become more active in both countries.")]
    [InlineData("Russian and Syrian planes continued to attack rebel targets in the area south of Idlib:")]
    [InlineData("In addition, the Russian demolition unit located and neutralized more than 44,780 IEDs (Sputnik, November 17, 2017).")]
    public void Tallies_trends_and_propaganda_are_not_events(string sentence) =>
        NonEventCues.IsNonEvent(sentence).Should().BeTrue();

    [Theory]
    // A grouped number after "more than", "over", "some" is a tally; the same words before a small number are not.
    [InlineData("In addition, the Russian demolition unit located and neutralized more than 44,780 IEDs (Sputnik, November 17, 2017).", true)]
    [InlineData("Since the beginning of the Syrian army’s ground attack in early May 2019, a total of 4,646 people have been killed in the Idlib region.", true)]
    [InlineData("Mikhail Mezentsev said that more than 40 Russian children had been brought back to Russia from Syria.", false)]
    public void A_tally_is_an_aggregate(string sentence, bool aggregate) =>
        NonEventCues.IsAggregate(sentence).Should().Be(aggregate);

    [Fact]
    public void An_intended_capture_is_not_an_arrest()
    {
        const string sentence = "According to a report by ISIS, on November 18, 2019, an Algerian army force was dropped from three helicopters, with the aim of capturing two ISIS operatives in the village of Tundarat.";
        var capture = sentence.IndexOf("capturing", StringComparison.Ordinal);
        NonEventCues.IsIntended(sentence, capture).Should().BeTrue();
        NonEventCues.IsIntended(sentence, sentence.IndexOf("dropped", StringComparison.Ordinal)).Should().BeFalse();
    }

    [Fact]
    public void The_strongest_trigger_names_a_mixed_incident()
    {
        // 000: an attack on a convoy, a suicide car bomb, then clashes: a suicide bombing.
        const string text = "ISIS announced that fifty Syrian army soldiers had been killed in an attack by the organization against a motorized convoy. An ISIS suicide bomber blew up a car bomb in the middle of the convoy. Thereafter there were clashes between ISIS operatives and the Syrian army for over eight hours.";
        TypeOf(text).Should().Be(EventType.SuicideBombing);
    }

    // A list read by index and the same triggers as a plain sequence weigh alike: strong over weak, the first of an
    // attack and a clash, the most specific strong one.
    [Theory]
    [InlineData("On November 21, 2017, a suicide bomber blew up a car bomb in a vegetable open market in the center of the city of Tuz Khurmatu.")]
    [InlineData("A force from the 29th Brigade of the Popular Mobilization had killed five ISIS operatives, thereby thwarting their attack against the Tel Sfouk border crossing.")]
    [InlineData("On November 22, 2019, clashes took place between a Shiite Peace Battalions force and ISIS operatives west of Samarra.")]
    [InlineData("Kirkuk Province: On November 19, 2017, the Popular Mobilization announced that its forces had killed 12 ISIS operatives in the Al-Hawija District.")]
    [InlineData("Involvement of Russia and the United States")]
    public void The_dominant_type_of_a_list_is_that_of_its_sequence(string sentence)
    {
        var triggers = Recognizer.Recognize(sentence);
        EventTriggerRecognizer.Dominant(triggers).Should().Be(EventTriggerRecognizer.Dominant(triggers.Select(t => t)));
        EventTriggerRecognizer.Dominant(triggers.Reverse().ToList()).Should().Be(EventTriggerRecognizer.Dominant(triggers.Reverse()));
    }

    // One list of lead starts filled for sentence after sentence gives each the triggers and cues a list of its own does.
    [Fact]
    public void A_lead_list_filled_again_for_each_sentence_reads_each_as_its_own()
    {
        string[] sentences =
        [
            "On November 21, 2017, a suicide bomber blew up a car bomb in a vegetable open market in the center of the city of Tuz Khurmatu.",
            "He added that there was still a need to fight against ISIS and called on all sides to unite around this goal.",
            "Involvement of Russia and the United States",
            "On November 23, 2019, the Iraqi security forces carried out an operation to locate ISIS operatives in the Al-Hawija district, about 50 km west of Kirkuk.",
            "In addition, Russian aircraft attac\u212Aed Kafrnubl (Edlib Media Center – EMC, November 26, 2019).",
            "The Sinai Peninsula: Two ISIS commanders were killed in a joint operation by the Egyptian army and the Sinai Tribal Union in the Al-Ajraa region south of Rafah.",
        ];
        var reused = new LeadStarts(hasCaseFoldOddity: false);
        foreach (var sentence in sentences)
        {
            var words = Recognizer.ScanWords(sentence, reused);
            var own = Recognizer.ScanWords(sentence);
            (words.Triggers, words.Cues).Should().Be((own.Triggers, own.Cues));
            Recognizer.Recognize(sentence, words).Should().Equal(Recognizer.Recognize(sentence, own));
            NonEventCues.IsNonEvent(sentence, words).Should().Be(NonEventCues.IsNonEvent(sentence, own));
            NonEventCues.IsStatement(sentence, words).Should().Be(NonEventCues.IsStatement(sentence, own));
        }
    }
}
