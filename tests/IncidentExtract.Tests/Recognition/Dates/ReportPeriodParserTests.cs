using System.Globalization;
using IncidentExtract.Recognition.Dates;

namespace IncidentExtract.Tests.Recognition.Dates;

public class ReportPeriodParserTests
{
    [Theory]
    [InlineData("Spotlight on Global Jihad (November 21-27, 2019)", "2019-11-21", "2019-11-27")]
    [InlineData("Spotlight on Global Jihad (June 29 – July 5, 2017)", "2017-06-29", "2017-07-05")]
    [InlineData("MESOPOTAMIA INTEL BY MEIR AMIT INTELLIGENCE & TERRORISM INFORMATION CENTER – ISRAEL / Spotlight on Global Jihad (January 31 – February 6, 2019)", "2019-01-31", "2019-02-06")]
    [InlineData("Spotlight on Global Jihad (December 29, 2016-January 4, 2017)", "2016-12-29", "2017-01-04")]
    [InlineData("Spotlight on Global Jihad (December 26, 2019 – January 1, 2020)", "2019-12-26", "2020-01-01")]
    [InlineData("Spotlight on Global Jihad (November 28 – December 4, 2019)", "2019-11-28", "2019-12-04")]
    public void Reads_the_period_from_the_title(string title, string start, string end)
    {
        ReportPeriodParser.FromTitle(title).Should().Be(new ReportPeriod(
            DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("ISIS Still Active in Syria and Iraq")]
    [InlineData("May 21, 2020")]
    [InlineData("Main events of the week")]
    [InlineData("")]
    public void No_period_without_a_dated_range(string title)
    {
        ReportPeriodParser.FromTitle(title).Should().BeNull();
    }
}
