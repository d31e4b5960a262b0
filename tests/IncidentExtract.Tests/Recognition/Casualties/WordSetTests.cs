using IncidentExtract.Recognition.Casualties;

namespace IncidentExtract.Tests.Recognition.Casualties;

/// <summary>Lookups of words read in place in a real report sentence (/work/shared/seeds), against the string lookups they replace.</summary>
public class WordSetTests
{
    private const string Sentence = "One SDF fighter was killed and two others were wounded (Telegram, November 23, 2019).";

    private static readonly WordSet Auxiliaries = new(["was", "were", "been"]);
    private static readonly WordMap<int> Participles = new(new Dictionary<string, int> { ["killed"] = 1, ["wounded"] = 2 });

    [Theory]
    [InlineData("was", true)]
    [InlineData("were", true)]
    [InlineData("killed", false)]
    [InlineData("SDF", false)]
    public void Finds_a_word_of_the_sentence_in_place(string word, bool expected)
    {
        var at = Sentence.IndexOf(" " + word + " ", StringComparison.Ordinal) + 1;
        Auxiliaries.Contains(Sentence.AsSpan(at, word.Length)).Should().Be(expected);
        Auxiliaries.Contains(word.ToUpperInvariant()).Should().Be(expected); // in any case, as the string set
    }

    [Theory]
    [InlineData("killed", 1)]
    [InlineData("Wounded", 2)]
    public void Maps_a_word_in_any_case(string word, int expected)
    {
        Participles.TryGetValue(word, out var kind).Should().BeTrue();
        kind.Should().Be(expected);
        Participles.ContainsKey(word).Should().BeTrue();
        Participles.ContainsKey("fighter").Should().BeFalse();
    }

    [Fact]
    public void Enumerates_its_words() =>
        Auxiliaries.Should().BeEquivalentTo(["was", "were", "been"]);

    [Theory]
    [InlineData("fighter")]
    [InlineData("wounded")]
    public void A_token_read_in_place_is_the_word_it_spans(string word)
    {
        var at = Sentence.IndexOf(word, StringComparison.Ordinal);
        var token = Token.WordIn(Sentence, at, word.Length);
        token.Text.Should().Be(word);
        token.Span.ToString().Should().Be(word);
        token.IsWord(word.ToUpperInvariant()).Should().BeTrue();
        token.IsWord("One").Should().BeFalse();
        token.IsPunctuation(',').Should().BeFalse();
    }
}
