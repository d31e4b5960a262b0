using IncidentExtract.Recognition.Casualties;
using IncidentExtract.Recognition.Numbers;

namespace IncidentExtract.Tests.Recognition.Casualties;

/// <summary>The clause-head test (a word-shape gate before the lookup) against the lookup alone.</summary>
public class ClauseHeadTests
{
    /// <summary>Real report sentences (/work/shared/seeds) with passives, surrenders, active verbs and event nouns.</summary>
    public static TheoryData<string> Sentences => new()
    {
        "One SDF fighter was killed and two others were wounded (Telegram, November 23, 2019).",
        "According to the Syrian Observatory for Human Rights, on February 3, 2019, the Syrian army and the forces supporting it attacked a vehicle of ISIS operatives in the Al-Sukhnah Desert west of the Euphrates River, killing seven ISIS operatives.",
        "Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraq – Dijla Province, February 4, 2019).",
        "According to another report, the SDF carried out two operations in the Hajin rural area, during which they captured three ISIS foreign fighters: an Egyptian, a Saudi and a German.",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_word_is_a_clause_head_exactly_when_the_lexicon_holds_it(string sentence)
    {
        var tokenizer = new SentenceTokenizer(new NumberRecognizer());
        var heads = 0;
        foreach (var tokens in tokenizer.Sentences([sentence]))
            foreach (var token in tokens)
            {
                var expected = token.IsWordIn(CasualtyLexicon.ClauseHeads);
                CasualtyLexicon.IsClauseHead(token).Should().Be(expected, "'{0}'", token.Text);
                if (expected) heads++;
            }
        heads.Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("Killed")]
    [InlineData("SURRENDERED")]
    [InlineData("was")]
    public void Clause_heads_are_found_in_any_case(string word) =>
        CasualtyLexicon.IsClauseHead(new Token(word, TokenKind.Word)).Should().BeTrue();
}

/// <summary>
/// A text with a citation and one sentence, known to spell a casualty word by the in-place test, is tokenised without a
/// second search; a text of two sentences is still searched sentence by sentence (only the one with the word is tokenised).
/// </summary>
public class CitedSentenceTokenizingTests
{
    [Theory]
    [InlineData("One SDF fighter was killed and two others were wounded (Telegram, November 23, 2019).",
        "One|SDF|fighter|was|killed|and|two|others|were|wounded|.")]
    [InlineData("Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraq – Dijla Province, February 4, 2019).",
        "Nineveh|Province|:|ISIS|operatives|broke|into|the|home|of|an|Iraqi|military|intelligence|operative|,|39|km|north|of|Mosul|,|and|executed|him|.")]
    [InlineData("The Syrian army shelled the area (SANA, February 2, 2019). One SDF fighter was killed (Telegram, November 23, 2019).",
        "One|SDF|fighter|was|killed|.")]  // the second sentence is constructed from the seeds' two citations
    public void Only_the_sentences_that_spell_a_casualty_word_are_tokenised(string text, string expected)
    {
        var tokenizer = new SentenceTokenizer(new NumberRecognizer());
        var sentences = tokenizer.Sentences([text]).Select(tokens => string.Join("|", tokens.Select(t => t.Text))).ToList();
        sentences.Should().Equal(expected);
    }
}
