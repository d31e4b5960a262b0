using IncidentExtract.Assembling;
using IncidentExtract.Recognition.Citations;
using IncidentExtract.Recognition.Dates;
using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Tests.Assembling;

public class UnitAnalyzerTests
{
    private static readonly UnitAnalyzer Units = new(new EventTriggerRecognizer(), new DateRecognizer(), new CitationParser());

    // A unit without a citation of its own is covered by the block's next citation; one with its own has no cover.
    [Theory]
    [InlineData("According to other reports, the Syrian army fired rockets in response for the violation of the de-escalation agreement. As a result, several hiding places were destroyed and the rebel organizations sustained casualties (SANA, February 4, 2019). In addition, the Syrian army fired at the southern Aleppo region, in response to the violations on the part of the rebel organizations in the area (Al-Ikhbariya al-Suriya channel, February 5, 2019).",
        "SANA, February 4, 2019|-|-")]
    [InlineData("On November 24, 2019, Syrian fighter jets dropped barrel bombs on targets in the area south of Idlib. The airstrike focused on the road leading to Maarat Nu’man. In addition, Russian fighter jets attacked targets in the area south and southeast of Idlib (Syrian Observatory for Human Rights, November 24, 2019).",
        "Syrian Observatory for Human Rights, November 24, 2019|Syrian Observatory for Human Rights, November 24, 2019|-")]
    [InlineData("Fighting continues between the Syrian Army and ISIS in the area of the Aarak oil and gas field, northeast of Palmyra.", "-")]
    public void A_unit_without_a_citation_is_covered_by_the_next_one(string block, string expected)
    {
        var units = Units.Analyze(block);
        string.Join("|", units.Select(u => u.CoveringCitation is { } c ? block.Substring(c.Start, c.Length).Trim('(', ')', ' ', '.') : "-"))
            .Should().Be(expected);
        foreach (var unit in units)
            (unit.CoveringCitation is null || unit.Citations.Count == 0).Should().BeTrue();
    }

    // A statement is asked of units without triggers, a connector of units that tell an event: each is false elsewhere.
    [Theory]
    [InlineData("He added that there was still a need to fight against ISIS and called on all sides to unite around this goal.", true, false)]
    [InlineData("In addition, Russian aircraft attacked Kafrnubl (Edlib Media Center – EMC, November 26, 2019).", false, true)]
    [InlineData("Russian aircraft attacked Kafrnubl (Edlib Media Center – EMC, November 26, 2019).", false, false)]
    [InlineData("In addition, 280 military vehicles were destroyed.", false, false)]
    [InlineData("The US Central Command (CENTCOM) stated that on November 22, 2019, a large-scale operation was carried out against ISIS in the Deir ez-Zor Province.", false, false)]
    public void Statements_and_connectors_are_read_of_the_units_they_matter_to(string sentence, bool statement, bool connector)
    {
        var unit = Units.Analyze(sentence).Should().ContainSingle().Subject;
        unit.IsStatement.Should().Be(statement);
        unit.StartsWithConnector.Should().Be(connector);
        if (unit.IsStatement) unit.Triggers.Should().BeEmpty();
        if (unit.StartsWithConnector) unit.HasEvent.Should().BeTrue();
    }
}
