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
        // The words the clause finder reads outside the lexicon: "taken prisoner", "shot dead", "surrendered",
        // "died", "perished", "succumbed", "turned themselves in", "lost their lives", "claimed the lives of".
        foreach (var w in new[] { "taken", "dead", "surrendered", "died", "perished", "succumbed", "themselves", "lost", "lives" }) data.Add(w);
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

public class CasualtyWordsSearchTests
{
    // The tokenizer searches a text once for all its sentences: that needs casualty words of letters only.
    [Fact]
    public void Every_casualty_word_is_letters_only() =>
        CasualtyWords.Words.Should().NotBeEmpty().And.OnlyContain(w => w.All(char.IsAsciiLetter));

    // sentence (verbatim from the seed reports), from, where the first casualty word at or after it starts
    [Theory]
    [InlineData("An officer and two soldiers were killed.", 0, 33)]
    [InlineData("An officer and two soldiers were killed.", 34, -1)]
    [InlineData("ISIS sustained many casualties (Al-Sumaria News, February 1, 2019).", 0, 20)]
    [InlineData("Involvement of Russia and the United States", 0, -1)]
    [InlineData("Thirty soldiers were killed and 30 others were wounded (Telegram, November 20, 2019).", 28, 47)]
    public void Finds_the_next_casualty_word(string text, int from, int expected) =>
        CasualtyWords.IndexOfTrigger(text, from).Should().Be(expected);

    // Every word a clause starts on passes the finder's first test; a word outside it starts none.
    [Fact]
    public void The_clause_heads_hold_every_starting_word_of_the_lexicon()
    {
        var heads = CasualtyLexicon.PassiveAuxiliaries.Concat(CasualtyLexicon.ActiveVerbs.Keys).Concat(CasualtyLexicon.EventNouns.Keys)
            .Concat(CasualtyLexicon.LossVerbs);
        CasualtyLexicon.ClauseHeads.Should().Contain(heads);
    }

    // sentence (verbatim from the seed reports) whose clause starts on a word outside the lexicon's sets, and what it counts
    [Theory]
    [InlineData("On November 16, 2019, the Afghan Ministry of Defense announced that 18 ISIS operatives had turned themselves in to the Afghan forces in the Achin area, along with 24 women and 31 children.", null, 18)]
    [InlineData("Previously, on November 13, 2019, at least 300 ISIS operatives, along with 51 women and 96 children, reportedly surrendered to the Afghan security forces in the Nangarhar Province.", null, 300)]
    public void Clauses_on_words_outside_the_lexicon_still_count(string sentence, int? killed, int? captured)
    {
        var counts = new CasualtyExtractor().Extract([sentence]);
        counts.KilledMin.Should().Be(killed);
        counts.Captured.Should().Be(captured);
    }
}
