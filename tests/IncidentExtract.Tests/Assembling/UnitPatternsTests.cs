using IncidentExtract.Assembling;
using IncidentExtract.Tests.Recognition.Events;

namespace IncidentExtract.Tests.Assembling;

public class UnitPatternsTests
{
    [Theory]
    [InlineData("In addition, Russian aircraft attacked Kafrnubl (Edlib Media Center – EMC, November 26, 2019).", true)]
    [InlineData(" ISIS also increased its terrorist attacks and guerrilla warfare throughout Iraq.", true)]
    [InlineData("- Kirkuk Province: On November 19, 2017, the Popular Mobilization announced that its forces, together with forces from the Iraqi Army’s 20th Division, had killed 12 ISIS operatives in the Al-Hawija District, around 58 km west of Kirkuk.", false)]
    [InlineData("He added that ISIS would adopt these tactics in additional fighting zones (Al-Naba, June 28, 2017).", false)]
    public void A_connector_opens_the_unit_or_is_also(string text, bool expected) =>
        UnitPatterns.StartsWithConnector(text).Should().Be(expected);

    /// <summary>The connector is tried at the start and at "also" only: the pattern's own scan must agree on every sample sentence.</summary>
    [Theory]
    [MemberData(nameof(LiteralGateConsistencyTests.Sentences), MemberType = typeof(LiteralGateConsistencyTests))]
    public void Connector_agrees_with_the_patterns_own_scan(string sentence) =>
        UnitPatterns.StartsWithConnector(sentence).Should().Be(UnitPatterns.Connector().IsMatch(sentence));
}
