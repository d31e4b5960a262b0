using IncidentExtract.Segmentation;

namespace IncidentExtract.Tests.Segmentation;

public class SentenceSplitterTests
{
    private static IEnumerable<string> Sentences(string text) => SentenceSplitter.Split(text).Select(s => s.Of(text));

    [Theory]
    // Citations hold full stops and end sentences.
    [InlineData("On November 20, 2019, two SDF fighters were shot in the village of Diban, 5 km east of Al-Mayadeen. One of them was killed and the other was severely wounded (Telegram, November 20, 2019).",
        "On November 20, 2019, two SDF fighters were shot in the village of Diban, 5 km east of Al-Mayadeen.|One of them was killed and the other was severely wounded (Telegram, November 20, 2019).")]
    // Titles and initials do not end sentences.
    [InlineData("Col. Ryan Dillon, Spokesman for the International Coalition against ISIS, rejected fears. He added that there was still a need to fight.",
        "Col. Ryan Dillon, Spokesman for the International Coalition against ISIS, rejected fears.|He added that there was still a need to fight.")]
    [InlineData("The Annual Threat Assessment issued by US Director of National Intelligence Daniel R. Coats included an assessment.",
        "The Annual Threat Assessment issued by US Director of National Intelligence Daniel R. Coats included an assessment.")]
    // A typo that dropped the space still ends the sentence.
    [InlineData("A suicide bomber wearing an explosive belt blew himself up among the displaced persons.ISIS claimed responsibility for the attack.",
        "A suicide bomber wearing an explosive belt blew himself up among the displaced persons.|ISIS claimed responsibility for the attack.")]
    // Full stops inside parentheses belong to the aside.
    [InlineData("They found weapons (a woman can pretend to be pregnant. Muslim men are precluded from touching her). The belt was seized.",
        "They found weapons (a woman can pretend to be pregnant. Muslim men are precluded from touching her).|The belt was seized.")]
    // A closing quote after the full stop stays with its sentence.
    [InlineData("The Iraqi prime minister announced “the elimination of the imaginary state of ISIS.”  However, the end of the campaign is being delayed.",
        "The Iraqi prime minister announced “the elimination of the imaginary state of ISIS.”|However, the end of the campaign is being delayed.")]
    public void Splits_real_report_sentences(string text, string expected) =>
        Sentences(text).Should().Equal(expected.Split('|'));
}
