using System.Buffers;
using IncidentExtract.Recognition.Dates;
using IncidentExtract.Tests.Pipeline;

namespace IncidentExtract.Tests.Recognition.Dates;

public class MonthNamesTests
{
    // month word as written in the seed reports and their citations, its month
    [Theory]
    [InlineData("January", 1)]
    [InlineData("Feb", 2)]
    [InlineData("Sept", 9)]
    [InlineData("Sep.", 9)]
    [InlineData("Oct", 10)]
    [InlineData("December", 12)]
    public void Every_month_word_starts_with_a_searched_prefix(string word, int month)
    {
        MonthNames.TryRead(word, 0, out var m, out _, out _).Should().BeTrue();
        m.Should().Be(month);
        word.AsSpan().IndexOfAny(MonthNames.Prefixes).Should().Be(0);
    }

    // The prefix search finds the same dates as trying a month word at every capital J, F, M, A, S, O, N, D
    // (how the recognizer searched before): over every line of the seed reports.
    [Fact]
    public void Finds_the_dates_a_search_for_capitals_finds()
    {
        var lines = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.txt").SelectMany(File.ReadLines).Where(l => l.Length > 0);
        var dated = 0;
        foreach (var line in lines)
        {
            var found = new List<DateMention>();
            DateRecognizer.AddMonthMentions(line, found);
            var expected = MonthMentionsAtCapitals(line);
            found.Should().Equal(expected, line);
            dated += found.Count;
        }
        dated.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Tries_a_month_word_wherever_a_search_for_capitals_would_read_one()
    {
        var lines = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.txt").SelectMany(File.ReadLines);
        foreach (var line in lines)
            for (var i = 0; i < line.Length; i++)
                if (MonthNames.TryRead(line, i, out _, out _, out _))
                    line.AsSpan(i).IndexOfAny(MonthNames.Prefixes).Should().Be(0, line);
    }

    private static readonly SearchValues<char> Capitals = SearchValues.Create("JFMASOND");

    private static List<DateMention> MonthMentionsAtCapitals(string text)
    {
        var found = new List<DateMention>();
        var i = 0;
        while (i < text.Length)
        {
            var hit = text.AsSpan(i).IndexOfAny(Capitals);
            if (hit < 0) break;
            var at = i + hit;
            if (MonthNames.TryRead(text, at, out var month, out var length, out var abbreviated)
                && MonthDateParser.TryParse(text, at, month, length, abbreviated) is { } mention)
            {
                found.Add(mention);
                i = Math.Max(at + length, mention.End);
            }
            else i = at + 1;
        }
        return found;
    }
}
