using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Tests.Recognition.Events;

public class LeadStartsTests
{
    // "In addition, Russian aircraft attacked Kafrnubl (Edlib Media Center – EMC, November 26, 2019).":
    // "aircraft" (lead 0b01) starts at 21, "attacked" (0b10) at 30; the scan files words under runs inside them,
    // so it may report a later start before an earlier one, and one place twice.
    [Theory]
    [InlineData(new[] { 21, 30 }, new[] { 0b01, 0b10 }, 0, 0b01, 21)]
    [InlineData(new[] { 30, 21 }, new[] { 0b10, 0b01 }, 0, 0b11, 21)]
    [InlineData(new[] { 30, 21 }, new[] { 0b10, 0b01 }, 22, 0b11, 30)]
    [InlineData(new[] { 30, 21 }, new[] { 0b10, 0b01 }, 0, 0b10, 30)]
    [InlineData(new[] { 30, 21, 30 }, new[] { 0b10, 0b01, 0b01 }, 22, 0b01, 30)]
    [InlineData(new[] { 21, 30 }, new[] { 0b01, 0b10 }, 31, 0b11, -1)]
    [InlineData(new[] { 21, 30 }, new[] { 0b01, 0b01 }, 0, 0b100, -1)]
    public void Next_is_the_first_place_at_or_after_from_where_one_of_the_leads_starts(int[] positions, int[] leads, int from, int asked, int expected)
    {
        var starts = new LeadStarts(hasCaseFoldOddity: false);
        for (var i = 0; i < positions.Length; i++) starts.Add(positions[i], (ulong)leads[i]);
        starts.Next(from, (ulong)asked).Should().Be(expected);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Keeps_whether_the_text_has_a_case_fold_oddity(bool oddity) =>
        new LeadStarts(oddity).HasCaseFoldOddity.Should().Be(oddity);

    // A list emptied for another text holds only what is added after: as a new one would.
    [Theory]
    [InlineData(new[] { 21, 30 }, new[] { 0b01, 0b10 }, 0, 0b11, 21)]
    [InlineData(new[] { 30, 21 }, new[] { 0b10, 0b01 }, 22, 0b11, 30)]
    [InlineData(new int[0], new int[0], 0, 0b11, -1)]
    public void A_list_emptied_for_another_text_reads_as_a_new_one(int[] positions, int[] leads, int from, int asked, int expected)
    {
        var starts = new LeadStarts(hasCaseFoldOddity: false);
        for (var p = 0; p < 40; p += 3) starts.Add(p, 0b11);
        starts.Reset(hasCaseFoldOddity: true);
        starts.HasCaseFoldOddity.Should().BeTrue();
        for (var i = 0; i < positions.Length; i++) starts.Add(positions[i], (ulong)leads[i]);
        starts.Next(from, (ulong)asked).Should().Be(expected);
    }
}
