using IncidentExtract.Output;
using IncidentExtract.Resolution;

namespace IncidentExtract.Tests.Resolution;

/// <summary>The scan that stands in for a set of the source names already listed (names from /work/shared/seeds citations).</summary>
public class SourceEntryLookupTests
{
    private static readonly List<SourceEntry> Listed =
    [
        new("Syrian Observatory for Human Rights", null),
        new("Telegram", new DateOnly(2019, 11, 23)),
        new("Iraqi News Agency", null),
    ];

    [Theory]
    [InlineData("Telegram", 1)]
    [InlineData("telegram", 1)]           // names are compared in any case, as the set did
    [InlineData("IRAQI NEWS AGENCY", 2)]
    [InlineData("Syrian Observatory for Human Rights", 0)]
    [InlineData("Al-Sumaria News", -1)]
    [InlineData("Iraqi News", -1)]        // a prefix is another name
    public void Finds_a_listed_name_in_any_case(string name, int expected) =>
        IncidentRecordBuilder.IndexOfName(Listed, name).Should().Be(expected);
}
