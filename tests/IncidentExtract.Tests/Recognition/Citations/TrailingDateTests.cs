using System.Text;
using System.Text.RegularExpressions;
using IncidentExtract.Recognition.Citations;
using IncidentExtract.Tests.Pipeline;

namespace IncidentExtract.Tests.Recognition.Citations;

public partial class TrailingDateTests
{
    /// <summary>The pattern the citation parser matched each part against: the reader's specification.</summary>
    [GeneratedRegex(@"(?<date>(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:(?:\s*,\s*|\s+and\s+|\s*[-–]\s*)\d{1,2})*)?(?:\s*,?\s+\d{4})?)\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Specification();

    // citation part (verbatim from the seed reports' citations), the date read at its end
    [Theory]
    [InlineData("Telegram, November 23, 2019", "November 23, 2019")]
    [InlineData("Facebook page of the Russian Ministry of Defense, November 15, 17, 18, 2017", "November 15, 17, 18, 2017")]
    [InlineData("Al-Sham Province, Aleppo area, February 1, 2019", "February 1, 2019")]
    [InlineData("Khaama Press, November 16, 2019", "November 16, 2019")]
    [InlineData("May 26 to June 24, 2017", "June 24, 2017")]
    [InlineData("Butulat Al-Jaysh Al-Suri, July 2, 2017.", "July 2, 2017")]
    [InlineData("Edlib Media Center – EMC, November 26, 2019", "November 26, 2019")]
    [InlineData("TOLO News", null)]
    [InlineData("14 dead, 18 wounded", null)]
    public void Reads_the_date_at_the_end_of_a_part(string part, string? expected)
    {
        var found = TrailingDate.TryMatch(part, out var start, out var length);
        (found ? part.Substring(start, length) : null).Should().Be(expected);
        Agrees(part);
    }

    [Fact]
    public void Reads_every_citation_part_of_the_seed_reports_as_the_pattern_does()
    {
        var parts = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.txt")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\(([^()]*)\)").Select(m => m.Groups[1].Value))
            .SelectMany(c => c.Split(';')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        parts.Should().HaveCountGreaterThan(100);
        foreach (var part in parts) Agrees(part);
    }

    // Parts put together from the pieces the pattern turns on (days, years, joiners, odd spaces, other digits):
    // the reader must agree with it on every one.
    [Fact]
    public void Reads_made_up_parts_as_the_pattern_does()
    {
        string[] pieces =
        [
            "November", "May", "June", "Mayor", " ", "  ", "\u00A0", "\t", ",", ", ", " and ", "and", "-", "–", " - ", " to ",
            "1", "12", "123", "2019", "20", "19", "٣", ".", "x", "Telegram", "(", "2017.", " .",
        ];
        var random = new Random(20191123);
        var dated = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var sb = new StringBuilder();
            var count = random.Next(1, 9);
            for (var k = 0; k < count; k++) sb.Append(pieces[random.Next(pieces.Length)]);
            var part = sb.ToString().Trim();
            if (part.Length > 0 && Agrees(part)) dated++;
        }
        dated.Should().BeGreaterThan(10_000); // many of them do end with a date
    }

    private static bool Agrees(string part)
    {
        var m = Specification().Match(part);
        var found = TrailingDate.TryMatch(part, out var start, out var length);
        found.Should().Be(m.Success, part);
        if (!found) return false;
        start.Should().Be(m.Groups["date"].Index, part);
        length.Should().Be(m.Groups["date"].Length, part);
        return true;
    }
}
