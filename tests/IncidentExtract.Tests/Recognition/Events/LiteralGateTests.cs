using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Tests.Recognition.Events;

public class LiteralGateTests
{
    private static readonly LiteralGate AttackWords = new(true, "attack", "ambush");
    private static readonly LiteralGate KillingWords = new(false, "kill", "targeted");

    [Theory]
    [InlineData("On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.", true)]
    [InlineData("In addition, Russian aircraft attacked Kafrnubl (Edlib Media Center – EMC, November 26, 2019).", true)]
    [InlineData("Involvement of Russia and the United States", false)]
    [InlineData("ISIS operatives who surrendered to the Afghan forces in the Nangarhar Province (Khaama Press, November 24, 2019).", false)]
    // A Kelvin sign folds to "k" in a case-insensitive regex: such a text always goes to the regex.
    [InlineData("ISIS operatives who surrendered to the Afghan forces in the \u212Aunar Province.", true)]
    public void Case_insensitive_gate_admits_texts_spelling_a_word(string text, bool expected) =>
        AttackWords.MayMatch(text).Should().Be(expected);

    [Theory]
    [InlineData("Kirkuk Province: On November 19, 2017, the Popular Mobilization announced that its forces had killed 12 ISIS operatives in the Al-Hawija District.", true)]
    [InlineData("KILLED IN ACTION", false)]
    [InlineData("Main events of the week", false)]
    public void Case_sensitive_gate_reads_the_words_as_written(string text, bool expected) =>
        KillingWords.MayMatch(text).Should().Be(expected);

    [Theory]
    [InlineData("On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.", true)]
    [InlineData("Involvement of Russia and the United States", false)]
    [InlineData("The \u212Aunar Province", null)]
    public void Exact_answer_unless_a_case_fold_oddity_needs_the_regex(string text, bool? expected) =>
        AttackWords.MatchesExactly(text).Should().Be(expected);
}
