using System.Buffers;
using IncidentExtract.Recognition.Casualties;
using IncidentExtract.Tests.Pipeline;

namespace IncidentExtract.Tests.Recognition.Casualties;

/// <summary>The casualty words searched for group by group, against one search for all of them (the form it replaces).</summary>
public class CasualtyWordGroupsTests
{
    private static readonly SearchValues<string> AllAtOnce = SearchValues.Create(CasualtyWords.Words, StringComparison.OrdinalIgnoreCase);

    private static int Reference(string text, int from)
    {
        if (from >= text.Length) return -1;
        var hit = text.AsSpan(from).IndexOfAny(AllAtOnce);
        return hit < 0 ? -1 : from + hit;
    }

    // Seed sentences, and made-up ones where a word of a later group starts before one of an earlier group
    // and ends after it ("themselves" around "died"-like neighbours), in any case.
    [Theory]
    [InlineData("On November 16, 2019, the Afghan Ministry of Defense announced that 18 ISIS operatives had turned themselves in to the Afghan forces in the Achin area, along with 24 women and 31 children.")]
    [InlineData("Thirty soldiers were killed and 30 others were wounded (Telegram, November 20, 2019).")]
    [InlineData("ISIS sustained many casualties (Al-Sumaria News, February 1, 2019).")]
    [InlineData("Involvement of Russia and the United States")]
    [InlineData("thEMSELVESabduct woundKILL")]
    [InlineData("xsurrenderedead")]
    [InlineData("\u212Ailled and \u212Aidnapped")]
    public void Finds_every_word_where_one_search_for_all_finds_it(string text)
    {
        for (var from = 0; from <= text.Length; from++)
            CasualtyWords.IndexOfTrigger(text, from).Should().Be(Reference(text, from), "from {0}", from);
        CasualtyWords.MayStateCasualties(text).Should().Be(text.AsSpan().ContainsAny(AllAtOnce));
    }

    [Fact]
    public void Finds_in_every_line_of_the_seed_reports_what_one_search_finds()
    {
        var lines = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.txt").SelectMany(File.ReadLines).Where(l => l.Length > 0).ToList();
        var found = 0;
        foreach (var line in lines)
        {
            for (var from = 0; from < line.Length; from += 7)
            {
                var expected = Reference(line, from);
                CasualtyWords.IndexOfTrigger(line, from).Should().Be(expected, line);
                found += expected >= 0 ? 1 : 0;
            }
            CasualtyWords.MayStateCasualties(line).Should().Be(line.AsSpan().ContainsAny(AllAtOnce), line);
        }
        found.Should().BeGreaterThan(100);
    }
}
