using System.Text;
using System.Text.RegularExpressions;
using IncidentExtract.Recognition.Citations;
using IncidentExtract.Recognition.Dates;
using IncidentExtract.Tests.Pipeline;

namespace IncidentExtract.Tests.Recognition.Citations;

public class CitationDateTests
{
    [Theory]
    [InlineData("November 23, 2019", "2019-11-23", false)]
    [InlineData("November 15, 17, 18, 2017", "2017-11-15", false)]
    [InlineData("February 2 and 3, 2019", "2019-02-02", false)]
    [InlineData("November 2017", "2017-11-01", true)]
    [InlineData("21 May 2020", "2020-05-21", false)]   // day-first, as British outlets write it (not in the samples)
    public void Converts_citation_dates(string text, string expected, bool monthOnly)
    {
        CitationDate.TryParse(text, out var date, out var isMonthOnly).Should().BeTrue();
        date.Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        isMonthOnly.Should().Be(monthOnly);
    }

    [Theory]
    [InlineData("May 17")]          // no year: the report period has to supply it
    [InlineData("February 30, 2019")]
    [InlineData("the past week")]
    public void Leaves_what_is_not_a_full_date(string text)
    {
        CitationDate.TryParse(text, out _, out _).Should().BeFalse();
    }

    // strings a citation or a header may hold (from the seed reports), read as the whole date recognizer reads them
    [Theory]
    [InlineData("22/11/2019")]
    [InlineData("4.10.17")]
    [InlineData("2019-11-22")]
    [InlineData("two days earlier")]
    [InlineData("on Monday")]
    [InlineData("In March 2019")]
    [InlineData("December 29, 2016-January 4, 2017")]
    [InlineData("January 31 – February 6, 2019")]
    [InlineData("May 26 to June 24, 2017")]
    public void Reads_a_string_as_the_whole_recognizer_does(string text) => AgreesWithRecognizer(text);

    // Every citation date of the seed reports and made-up strings of date pieces: the two passes read them as all four do.
    [Fact]
    public void Reads_dates_as_the_whole_recognizer_does()
    {
        var texts = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.txt")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\(([^()]*)\)").Select(m => m.Groups[1].Value))
            .SelectMany(c => c.Split(';')).Select(p => p.Trim())
            .Select(p => TrailingDate.TryMatch(p, out var start, out var length) ? p.Substring(start, length) : p).ToList();
        string[] starts = ["", "12 ", "in ", "4 ", "the ", "2019-11-", "22/11/"];
        string[] months = ["November", "May", "Sept", "Oct.", "Monday", "week", "19"];
        string[] pieces = [" 1", " 12", ", ", " and ", "-", "–", " to ", ", 2019", " 2019", " 17", "/", ".", " days later", "Oct 3", " 15"];
        var random = new Random(20171116);
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new StringBuilder(starts[random.Next(starts.Length)]).Append(months[random.Next(months.Length)]);
            for (var k = random.Next(0, 5); k > 0; k--) sb.Append(pieces[random.Next(pieces.Length)]);
            texts.Add(sb.ToString());
        }
        var dated = 0;
        foreach (var text in texts) dated += AgreesWithRecognizer(text) ? 1 : 0;
        dated.Should().BeGreaterThan(300); // and many of them are dates
    }

    // Citation parts of the seed reports and made-up parts of a name and date pieces: the date TrailingDate finds is
    // read at its month name as the general reading reads it.
    [Fact]
    public void Reads_a_trailing_date_at_its_month_as_the_general_reading_does()
    {
        var parts = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.txt")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\(([^()]*)\)").Select(m => m.Groups[1].Value))
            .SelectMany(c => c.Split(';')).Select(p => p.Trim()).ToList();
        string[] names = ["Telegram, ", "Al-Sumaria News, ", "Haqq; file-sharing website, ", ""];
        string[] days = ["", "12 ", "4 ", "31 "];
        string[] months = ["November", "May", "February", "December"];
        string[] pieces = [" 1", " 12", ", ", " and 3", "-19", " – 2", ", 2019", " 2019", " 17", " 30", ".", " 2100", " 1899"];
        var random = new Random(20190201);
        for (var n = 0; n < 5_000; n++)
        {
            var sb = new StringBuilder(names[random.Next(names.Length)]).Append(days[random.Next(days.Length)]).Append(months[random.Next(months.Length)]);
            for (var k = random.Next(0, 4); k > 0; k--) sb.Append(pieces[random.Next(pieces.Length)]);
            parts.Add(sb.ToString());
        }
        var read = 0;
        foreach (var part in parts)
        {
            if (!TrailingDate.TryMatch(part, out var start, out var length, out var monthStart)) continue;
            char.IsAsciiLetterUpper(part[start + monthStart]).Should().BeTrue(part); // a month name starts there
            var text = part.Substring(start, length);
            var expected = CitationDate.TryParse(text, out var d, out var m) ? (d, m) : ((DateOnly, bool)?)null;
            var found = CitationDate.TryParseTrailing(text, monthStart, out var date, out var monthOnly) ? (date, monthOnly) : ((DateOnly, bool)?)null;
            found.Should().Be(expected, part);
            read += found is null ? 0 : 1;
        }
        read.Should().BeGreaterThan(300); // and many of them are dates
    }

    [Theory]
    [InlineData("Telegram, November 23, 2019", 10)]
    [InlineData("Al-Sumaria News, February 1, 2019", 17)]
    [InlineData("Haqq; file-sharing website, November 2017", 28)]
    public void Finds_where_the_month_name_of_a_trailing_date_starts(string part, int expectedMonth)
    {
        TrailingDate.TryMatch(part, out var start, out _, out var monthStart).Should().BeTrue();
        (start + monthStart).Should().Be(expectedMonth);
    }

    // citation dates of the seed reports, and near misses; the day and year after the month name
    [Theory]
    [InlineData("November 23, 2019", 8, true, 23, 2019)]
    [InlineData("February 1, 2019", 8, true, 1, 2019)]
    [InlineData("November 15, 17, 18, 2017", 8, false, 0, 0)]
    [InlineData("November 2017", 8, false, 0, 0)]
    [InlineData("November 23,2019", 8, false, 0, 0)]
    [InlineData("November 123, 2019", 8, false, 0, 0)]
    public void Reads_the_plain_day_and_year_after_a_month(string text, int afterMonth, bool expected, int day, int year)
    {
        CitationDate.TryDayCommaYear(text, afterMonth, out var d, out var y).Should().Be(expected);
        if (expected) (d, y).Should().Be((day, year));
    }

    [Theory]
    [InlineData("November 23, 2019", "2019-11-23")]
    [InlineData("February 30, 2019", null)]
    [InlineData("May 17, 1899", null)]
    [InlineData("November 15, 17, 18, 2017", "2017-11-15")]
    public void Reads_a_trailing_date_as_the_general_reading_does(string text, string? expected)
    {
        var found = CitationDate.TryParseTrailing(text, 0, out var date, out _);
        found.Should().Be(CitationDate.TryParse(text, out var general, out _));
        found.Should().Be(expected is not null);
        if (found) date.Should().Be(general).And.Be(DateOnly.Parse(expected!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static readonly DateRecognizer Recognizer = new();

    /// <summary>What the conversion meant when it ran the whole recognizer on the string.</summary>
    private static bool AgreesWithRecognizer(string text)
    {
        var trimmed = text.Trim();
        var expected = Recognizer.Recognize(trimmed) is [{ Start: 0 } mention] && mention.Length == trimmed.Length
            && mention.Kind is DateMentionKind.Explicit or DateMentionKind.Month
            && mention.Resolve(new DateContext(null)) is { Start.Year: >= 1900 and <= 2200 } span
            ? (span.Start, span.Precision == DatePrecision.Month) : ((DateOnly, bool)?)null;
        var found = CitationDate.TryParse(text, out var date, out var monthOnly) ? (date, monthOnly) : ((DateOnly, bool)?)null;
        found.Should().Be(expected, text);
        return found is not null;
    }
}
