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
}

/// <summary>
/// The gates are hand-kept word lists beside their patterns; a pattern edited without its gate
/// would silently stop matching. Over every sentence of the samples (and extra real sentences the
/// patterns were widened for), gated and ungated recognition must agree exactly.
/// </summary>
public class LiteralGateConsistencyTests
{
    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>();
        var samples = Path.Combine(IncidentExtract.Tests.Pipeline.RepositoryRoot.Path, "samples");
        foreach (var file in Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(file))
                foreach (var span in IncidentExtract.Segmentation.SentenceSplitter.Split(line))
                    data.Add(span.Of(line));
        // Sentences of other real reports (not seeds) that patterns were widened for.
        data.Add("On Sunday, unknown armed men assassinated an official at the Dar al-Ifta, in western Deir Ezzor.");
        data.Add("Also on Monday, special forces within the Internal Security Forces (Asayish), nabbed five ISIS militants in two separate raids.");
        data.Add("SOHR has documented 207 operations carried out by ISIS since early 2024.");
        data.Add("Deir Ezzor province: Gunmen of ISIS cells opened machinegun fire on an oil truck near the village of Al-Makaman.");
        // An operation told "in a joint operation" and "the operation was … carried out": two leads of one pattern.
        data.Add("The Sinai Peninsula: Two ISIS commanders were killed in a joint operation by the Egyptian army and the Sinai Tribal Union in the Al-Ajraa region south of Rafah.");
        data.Add("According to him, the operation was carefully planned and carried out so that the chances of harming civilians would be low.");
        // Windows before a trigger that end as Background's do, one of them at a line break its $ also accepts.
        data.Add("- Diyala Province: Iraqi security forces prevented the infiltration of dozens of ISIS operatives who had fled after the takeover of Al-Hawija by the Iraqi security forces.");
        data.Add("- Diyala Province: Iraqi security forces prevented the infiltration of dozens of ISIS operatives who had fled after the\ntakeover of Al-Hawija by the Iraqi security forces.");
        return data;
    }

    private static readonly EventTriggerRecognizer Triggers = new();

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Gated_and_ungated_recognition_agree(string sentence)
    {
        Triggers.Recognize(sentence, useGates: true).Should().Equal(Triggers.Recognize(sentence, useGates: false));
        NonEventCues.IsNonEvent(sentence, useGates: true).Should().Be(NonEventCues.IsNonEvent(sentence, useGates: false));
        NonEventCues.IsAggregate(sentence, useGates: true).Should().Be(NonEventCues.IsAggregate(sentence, useGates: false));
        NonEventCues.IsScattered(sentence, useGates: true).Should().Be(NonEventCues.IsScattered(sentence, useGates: false));
        // The one scan a unit gets serves both readers exactly as their own scans would.
        var words = Triggers.ScanWords(sentence);
        Triggers.Recognize(sentence, words).Should().Equal(Triggers.Recognize(sentence, useGates: false));
        NonEventCues.IsNonEvent(sentence, words).Should().Be(NonEventCues.IsNonEvent(sentence, useGates: false));
        NonEventCues.IsStatement(sentence, words).Should().Be(NonEventCues.IsStatement(sentence, useGates: false));
        NonEventCues.IsStatement(sentence).Should().Be(NonEventCues.IsStatement(sentence, useGates: false));
        NonEventCues.IsCommunication(sentence, words).Should().Be(NonEventCues.IsCommunication(sentence, useGates: false));
        NonEventCues.IsCommunication(sentence).Should().Be(NonEventCues.IsCommunication(sentence, useGates: false));
    }

    /// <summary>The intention window's word gate and Background's ending test, at every word start (where triggers start).</summary>
    [Theory]
    [MemberData(nameof(Sentences))]
    public void Gated_and_ungated_intention_agree(string sentence)
    {
        var words = Triggers.ScanWords(sentence);
        for (var at = 0; at < sentence.Length; at++)
        {
            if (at > 0 && char.IsLetterOrDigit(sentence[at - 1])) continue;
            var ungated = NonEventCues.IsIntended(sentence, at, useGates: false);
            NonEventCues.IsIntended(sentence, at).Should().Be(ungated, "at {0}", at);
            NonEventCues.IsIntended(sentence, at, words).Should().Be(ungated, "at {0}, with the sentence's gate words", at);
        }
    }
}
