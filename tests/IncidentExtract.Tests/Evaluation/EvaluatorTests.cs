using IncidentExtract.Evaluation;

namespace IncidentExtract.Tests.Evaluation;

public class EvaluatorTests
{
    private static GoldIncident Gold(string quote, string? place = "Samarra", int? killed = 4, params string[] also) =>
        new("003_ca9f8efca7d3c31e.txt", quote, also, "armed_assault", "2019-11-22", "2019-11-22", place, ["Samara"],
            "Iraq", killed, null, "ISIS", "Popular Mobilization Forces", ["Telegram"]);

    private static PredictedIncident Pred(string id, string text, string? place = "Samarra", int? killed = 4, string? duplicateOf = null,
        params string[] sources) =>
        new(id, "seeds/003_ca9f8efca7d3c31e.txt", text, "armed_assault", "2019-11-22", "2019-11-22", place, "Iraq", killed, null,
            "ISIS", "Popular Mobilization Forces", sources.Length == 0 ? ["Telegram"] : sources, duplicateOf);

    [Fact]
    public void A_record_matches_when_its_text_contains_the_quote_folding_case_and_whitespace()
    {
        var report = Evaluator.Evaluate(
            [Gold("Popular Mobilization fighters were ambushed northeast of Samarra")],
            [Pred("a", "On November 22, 2019, popular   mobilization fighters were\nambushed northeast of Samarra.")]);
        report.Overall.Matched.Should().Be(1);
        report.Overall.Precision.Should().Be(1);
        report.Overall.Recall.Should().Be(1);
    }

    [Fact]
    public void Matching_is_one_to_one_and_finds_the_best_assignment()
    {
        // Record a contains both quotes, record b only the first: both gold incidents can still be matched.
        var gold = new[] { Gold("were ambushed northeast of Samarra"), Gold("clashes took place between a Shiite Peace Battalions") };
        var preds = new[]
        {
            Pred("a", "Fighters were ambushed northeast of Samarra; clashes took place between a Shiite Peace Battalions force."),
            Pred("b", "Popular Mobilization fighters were ambushed northeast of Samarra."),
        };
        Evaluator.Evaluate(gold, preds).Overall.Matched.Should().Be(2);
    }

    [Fact]
    public void Duplicates_are_left_out_of_matching_and_precision()
    {
        var report = Evaluator.Evaluate(
            [Gold("were ambushed northeast of Samarra")],
            [Pred("a", "Fighters were ambushed northeast of Samarra."), Pred("b", "Fighters were ambushed northeast of Samarra.", duplicateOf: "a")]);
        report.Overall.Predicted.Should().Be(1);
        report.Overall.Precision.Should().Be(1);
    }

    [Fact]
    public void Fields_are_scored_over_matched_pairs_with_place_alternatives_folded()
    {
        var report = Evaluator.Evaluate(
            [Gold("ambushed northeast of Samarra", place: "Al-Hawija"), Gold("shot and killed about 80 km north of Baghdad", killed: 1)],
            [Pred("a", "fighters were ambushed northeast of Samarra", place: "hawija"), Pred("b", "was shot and killed about 80 km north of Baghdad", place: "Tikrit", killed: null)]);
        report.Overall.Field("place").Should().Be(0.5);
        report.Overall.Field("killed").Should().Be(0.5);
        report.WrongFields.Should().Contain(new FieldMiss("b", "killed", null, "1"));
    }

    [Theory]
    [InlineData(new[] { "Telegram", "Shahed Sinaa" }, new[] { "Telegram", "Shahed Sinaa" }, 1.0)]
    [InlineData(new[] { "Telegram" }, new[] { "Telegram", "Shahed Sinaa" }, 2.0 / 3)]
    [InlineData(new string[0], new string[0], 1.0)]
    [InlineData(new[] { "SOHR" }, new string[0], 0.0)]
    public void Sources_are_scored_as_set_f1_over_names(string[] predicted, string[] gold, double expected) =>
        Evaluator.SourcesF1(predicted, gold).Should().BeApproximately(expected, 1e-9);
}
