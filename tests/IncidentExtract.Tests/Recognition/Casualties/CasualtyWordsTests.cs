using IncidentExtract.Recognition.Casualties;

namespace IncidentExtract.Tests.Recognition.Casualties;

public class CasualtyWordsTests
{
    [Theory]
    [InlineData("An officer and two soldiers were killed.", true)]
    [InlineData("On November 16, 2019, the Afghan Ministry of Defense announced that 18 ISIS operatives had turned themselves in to the Afghan forces in the Achin area, along with 24 women and 31 children.", true)]
    [InlineData("ISIS sustained many casualties (Al-Sumaria News, February 1, 2019).", true)]
    [InlineData("In addition, weapons, ammunition and military equipment were seized (Telegram, November 20, 2019).", false)]
    [InlineData("Involvement of Russia and the United States", false)]
    public void Admits_sentences_that_spell_a_casualty_word(string sentence, bool expected) =>
        CasualtyWords.MayStateCasualties(sentence).Should().Be(expected);

    public static TheoryData<string> LexiconWords()
    {
        var data = new TheoryData<string>();
        foreach (var w in CasualtyLexicon.Participles.Keys) data.Add(w);
        foreach (var w in CasualtyLexicon.ActiveVerbs.Keys) data.Add(w);
        foreach (var w in CasualtyLexicon.EventNouns.Keys) data.Add(w);
        foreach (var w in CasualtyLexicon.CountNouns.Keys) data.Add(w);
        foreach (var w in CasualtyLexicon.LossNouns) data.Add(w);
        return data;
    }

    // The gate must never hide a sentence the clause finder would read: every word a finding turns on passes it, in any case.
    [Theory]
    [MemberData(nameof(LexiconWords))]
    public void Admits_every_word_of_the_lexicon(string word)
    {
        CasualtyWords.MayStateCasualties(word).Should().BeTrue();
        CasualtyWords.MayStateCasualties(word.ToUpperInvariant()).Should().BeTrue();
        CasualtyWords.MayStateCasualties("Two soldiers were " + char.ToUpperInvariant(word[0]) + word[1..] + ".").Should().BeTrue();
    }

    // The gate and the lexicon compare case the same way, down to letters that fold oddly (the Kelvin sign).
    [Theory]
    [InlineData("\u212Ailled")]
    [InlineData("\u212Aidnapped")]
    [InlineData("\u212Ailling")]
    public void Folds_case_as_the_lexicon_does(string word) =>
        CasualtyWords.MayStateCasualties(word).Should().Be(CasualtyLexicon.ActiveVerbs.ContainsKey(word));

    [Fact]
    public void A_text_without_casualty_words_counts_nothing_and_the_others_still_count()
    {
        var counts = new CasualtyExtractor().Extract([
            "In addition, weapons, ammunition and military equipment were seized (Telegram, November 20, 2019).",
            "An officer and two soldiers were killed.",
        ]);
        counts.KilledMin.Should().Be(3);
        counts.Note.Should().BeNull();
    }
}
