using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Tests.Recognition.Places;

/// <summary>A text's mentions read piece by piece, against the whole recognition they stand in for.</summary>
public class MentionScanTests
{
    private const string TwoSentences =
        "During the week in which the Islamic State collapsed, ISIS carried out a mass-casualty attack in the Turkmen-Shiite city of Tuz Khurmatu, south of Kirkuk (23 dead). The Iraqi security forces carried out large-scale thwarting activity and managed to prevent some of the planned attacks.";

    private static List<PlaceMention> All(MentionScan scan)
    {
        var all = new List<PlaceMention>();
        for (var i = 0; scan.Has(i); i++) all.Add(scan[i]);
        return all;
    }

    [Theory]
    [InlineData(TwoSentences)]
    [InlineData("The spokesman for the US-led Coalition announced that on July 3, 2017, the SDF forces entered the Old City of Al-Raqqah.")]
    [InlineData("One hundred suspects were detained by the Niger army.")]
    public void A_scan_read_to_its_end_gives_the_mentions_of_a_whole_recognition(string text)
    {
        var whole = new ReportPlaces(SharedGazetteer.Recognizer, null).Recognize(text);
        var scans = new ReportPlaces(SharedGazetteer.Recognizer, null);
        var scan = scans.Scan(text);
        All(scan).Should().Equal(whole);
        scan.IsComplete.Should().BeTrue();
        scans.Scan(text).IsComplete.Should().BeTrue("the whole scan is remembered for the text");
    }

    [Fact]
    public void The_first_mention_leaves_the_next_sentence_unread()
    {
        var scan = new ReportPlaces(SharedGazetteer.Recognizer, null).Scan(TwoSentences);
        scan.Has(0).Should().BeTrue();
        scan.IsComplete.Should().BeFalse();
    }

    /// <summary>Over every line of the seed reports (masked, as the resolver reads them), each mention asked first on a
    /// fresh scan: "followed by of" as the whole recognition says it, most often without reading the rest of the line.</summary>
    [Fact]
    public void A_name_is_followed_by_of_as_the_whole_recognition_says()
    {
        var leftUnread = 0;
        foreach (var file in Directory.GetFiles("/work/shared/seeds", "*.txt"))
        {
            foreach (var line in File.ReadLines(file))
            {
                var text = PlaceResolver.MaskParentheticals(line);
                var whole = new ReportPlaces(SharedGazetteer.Recognizer, null).Recognize(text);
                for (var i = 0; i < whole.Count; i++)
                {
                    var expected = i + 1 < whole.Count && text.AsSpan(whole[i].End, whole[i + 1].Start - whole[i].End).Trim().SequenceEqual("of");
                    var scan = new ReportPlaces(SharedGazetteer.Recognizer, null).Scan(text);
                    scan.Has(i).Should().BeTrue();
                    scan.IsFollowedByOf(i).Should().Be(expected, "mention {0} of \"{1}\"", i, text);
                    if (!scan.IsComplete) leftUnread++;
                }
            }
        }
        leftUnread.Should().BeGreaterThan(100);
    }

    [Fact]
    public void A_name_that_ends_its_sentence_is_followed_by_no_of_and_the_next_sentence_stays_unread()
    {
        var scan = new ReportPlaces(SharedGazetteer.Recognizer, null).Scan(TwoSentences);
        var last = 0;
        while (scan.Has(last + 1) && scan[last + 1].Start < TwoSentences.IndexOf('.', StringComparison.Ordinal)) last++;
        var fresh = new ReportPlaces(SharedGazetteer.Recognizer, null).Scan(TwoSentences);
        fresh.Has(last).Should().BeTrue();
        fresh.IsFollowedByOf(last).Should().BeFalse();
        fresh.IsComplete.Should().BeFalse();
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" ", true)]
    [InlineData(" o", true)]
    [InlineData(" of ", true)]
    [InlineData(" of", true)]
    [InlineData(" often", false)]
    [InlineData(" (23 dead).", false)]
    [InlineData(", south", false)]
    public void Only_white_space_and_of_may_lead_to_of(string start, bool may) =>
        MentionScan.MayLeadToOf(start).Should().Be(may);
}
