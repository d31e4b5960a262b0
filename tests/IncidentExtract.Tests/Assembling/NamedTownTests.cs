using IncidentExtract.Assembling;
using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Tests.Assembling;

public class NamedTownTests
{
    private static readonly Lazy<Func<string, NamedPlace?>> Find = new(() => NamedTown.Finder(new PlaceRecognizer(TestGazetteer.Default)));

    [Theory]
    [InlineData("The Iraqi Army also announced that a weapons cache was found in the area of the city of Mandali, in the Diyala Province.", "Mandali", "Iraq", true)]
    [InlineData("In Afghanistan, ISIS’s Khorasan Province suffered a severe blow in light of the success of the large-scale operation of the Afghan security forces.", "Afghanistan", "Afghanistan", false)]
    public void Finds_the_town_else_the_country_a_sentence_is_about(string sentence, string asWritten, string country, bool isTown) =>
        Find.Value(sentence).Should().Be(new NamedPlace(asWritten, country, isTown));

    [Theory]
    [InlineData("A group of 10 women and their children from the state of Kerala, in southwestern India, were among those who surrendered to the Afghan security forces.")]
    [InlineData("One hundred suspects were detained by the Niger army.")]
    [InlineData("On July 2, 2017, the Iraqi Air Force attacked an ISIS car bomb workshop (about 35 km northeast of Baiji).")]
    public void Origins_actors_and_parenthetical_locators_are_not_where_an_event_happened(string sentence) =>
        Find.Value(sentence).Should().BeNull();
}
