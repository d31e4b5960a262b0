using IncidentExtract.Gazetteers;
using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Tests.Recognition.Places;

public class ContextFrameTests
{
    // "Rawa": the Iraqi town, and places of that spelling elsewhere (the more populous Rawa Mazowiecka in Poland).
    private static IReadOnlyList<Place> Rawas() =>
        SharedGazetteer.Recognizer.Recognize("Two days earlier, the Iraqi army took over the city of Rawa, the last stronghold of the Islamic State in Iraq (November 17, 2017).")
            .Single(m => m.AsWritten == "Rawa").Candidates;

    [Theory]
    // The context country's 100 points are more than the 20 the block's and the report's countries could add elsewhere.
    [InlineData(125, 25, "Iraq")]
    // Level, or ahead by less than 20: those countries decide, so there is no clear leader yet.
    [InlineData(25, 25, null)]
    [InlineData(40, 25, null)]
    public void A_place_leads_clearly_only_by_more_than_its_rivals_countries_could_add(int iraqPoints, int otherPoints, string? leaderCountry)
    {
        var candidates = Rawas();
        candidates.Select(p => p.Country).Should().Contain("Iraq").And.Contain(c => c != "Iraq");
        var points = candidates.Select(p => p.Country == "Iraq" ? iraqPoints : otherPoints).ToArray();
        var sizes = candidates.Select(p => Math.Log10((p.Population ?? 0) + 1)).ToArray();
        var leader = ContextFrame.ClearLeader(candidates, points, sizes);
        (leader?.Country).Should().Be(leaderCountry);
    }

    [Fact]
    public void The_lead_in_and_headings_are_read_only_when_the_frame_is_asked_what_they_set()
    {
        const string sentence = "Al-Anbar Province: Two female suicide bombers (according to their photos, they appear to be around 17 years old) were detained by the Iraqi security forces in the city of Haditha.";
        var scans = SharedGazetteer.Resolver.ForReport(sentence);
        var frame = scans.Frame(new PlaceContext(sentence, sentence, ["Main developments in Iraq"], "Al-Anbar Province"));
        scans.Locating.Should().BeEmpty();
        frame.Country!.Name.Should().Be("Iraq");
        frame.Admin1!.Name.Should().Be("Al-Anbar");
        scans.Locating.Should().NotBeEmpty();
    }
}
