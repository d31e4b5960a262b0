using IncidentExtract.Recognition.Citations;

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
}
