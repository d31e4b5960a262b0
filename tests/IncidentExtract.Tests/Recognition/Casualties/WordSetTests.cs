using IncidentExtract.Recognition.Casualties;
using IncidentExtract.Tests.Pipeline;

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

    // Every word of the seed reports, in the case written and upper-cased, against each set of the lexicon: the shape
    // test before the hash turns away only words the set does not hold.
    [Fact]
    public void Holds_exactly_the_words_a_comparison_with_each_word_finds()
    {
        var words = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.txt")
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"\w+").Select(m => m.Value))
            .Distinct().SelectMany(w => new[] { w, w.ToUpperInvariant() }).Append("\u212Aill").Append("\u017Furrendered").ToList();
        WordSet[] sets = [CasualtyLexicon.PassiveAuxiliaries, CasualtyLexicon.Adverbs, CasualtyLexicon.ClauseStarts, CasualtyLexicon.ObjectEnds,
            CasualtyLexicon.Prepositions, CasualtyLexicon.LossNouns, CasualtyLexicon.ClauseHeads];
        var held = 0;
        foreach (var set in sets)
        {
            var members = set.ToList();
            foreach (var word in words)
            {
                var expected = members.Any(m => m.Equals(word, StringComparison.OrdinalIgnoreCase));
                set.Contains(word).Should().Be(expected, word);
                held += expected ? 1 : 0;
            }
        }
        foreach (var word in words)
            CasualtyLexicon.ActiveVerbs.ContainsKey(word).Should().Be(CasualtyLexicon.ActiveVerbs.Keys.Any(k => k.Equals(word, StringComparison.OrdinalIgnoreCase)), word);
        held.Should().BeGreaterThan(100);
    }
}
