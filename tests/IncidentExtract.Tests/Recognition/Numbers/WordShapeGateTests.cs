using System.Text.RegularExpressions;
using IncidentExtract.Recognition.Numbers;
using IncidentExtract.Tests.Pipeline;

namespace IncidentExtract.Tests.Recognition.Numbers;

public class WordShapeGateTests
{
    private static readonly WordShapeGate NumberStarts = new(NumberWords.AllWords.Append("a").Append("half"));

    // word (from the seed reports), whether a number word has its shape
    [Theory]
    [InlineData("seven", true)]
    [InlineData("Thirty", true)]
    [InlineData("dozens", true)]
    [InlineData("HUNDRED", true)]
    [InlineData("a", true)]
    [InlineData("the", false)]      // t…e: "two" and "ten" end otherwise
    [InlineData("and", false)]
    [InlineData("soldiers", false)]
    [InlineData("killed", false)]
    [InlineData("Mosul", false)]
    [InlineData("", false)]
    [InlineData("\u017Fix", true)]  // "ſix" is "six" ignoring case: letters outside ASCII are not judged
    public void Judges_a_word_by_its_length_and_first_and_last_letters(string word, bool expected) =>
        NumberStarts.MayContain(word).Should().Be(expected);

    [Fact]
    public void Lets_every_number_word_through_in_any_case()
    {
        foreach (var w in NumberWords.AllWords)
        {
            NumberStarts.MayContain(w).Should().BeTrue(w);
            NumberStarts.MayContain(w.ToUpperInvariant()).Should().BeTrue(w);
            NumberStarts.MayContain(char.ToUpperInvariant(w[0]) + w[1..]).Should().BeTrue(w);
        }
    }

    // The gate only ever answers "no" for words that are no number words: over all the seed reports' words.
    [Fact]
    public void Stops_no_number_word_of_the_seed_reports()
    {
        var words = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.txt")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\p{L}+").Select(m => m.Value)).ToList();
        var stopped = 0;
        foreach (var w in words)
        {
            if (NumberStarts.MayContain(w)) continue;
            stopped++;
            (NumberWords.TryGetCardinal(w, out _) || NumberWords.IsVague(w) || w is "a" or "A" or "half" or "Half").Should().BeFalse(w);
        }
        stopped.Should().BeGreaterThan(words.Count / 2); // and it stops most words
    }

    [Fact]
    public void Judges_only_words_of_ascii_letters() =>
        FluentActions.Invoking(() => new WordShapeGate(["2nd"])).Should().Throw<ArgumentException>();
}
