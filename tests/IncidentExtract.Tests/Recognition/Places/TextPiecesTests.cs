using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Tests.Recognition.Places;

public class TextPiecesTests
{
    private static string[] Pieces(string text) => [.. TextPieces.Split(text).Select(p => text.Substring(p.Start, p.Length))];

    [Fact]
    public void A_full_stop_after_a_place_ends_the_piece_so_no_name_runs_on_into_the_next_sentence() =>
        Pieces("On November 25, 2019, the Syrian army extended its control to additional villages south of Mushayrafa. A total of 19 rebel operatives and eight Syrian soldiers were killed in the battles (Syrian Observatory for Human Rights, November 25, 2019).")
            .Should().Equal(
                "On November 25, 2019, the Syrian army extended its control to additional villages south of Mushayrafa.",
                "A total of 19 rebel operatives and eight Syrian soldiers were killed in the battles (Syrian Observatory for Human Rights, November 25, 2019).");

    [Fact]
    public void A_citation_ends_its_sentence_and_a_list_marker_is_no_part_of_the_piece() =>
        Pieces("- This week marked the end of the Islamic State in Syria and Iraq, which was declared by ISIS’s leader on June 29, 2014. The Syrian army took over the city of Albukamal, the last stronghold of the Islamic State in Syria (November 19, 2017). Two days earlier, the Iraqi army took over the city of Rawa.")
            .Should().Equal(
                "This week marked the end of the Islamic State in Syria and Iraq, which was declared by ISIS’s leader on June 29, 2014.",
                "The Syrian army took over the city of Albukamal, the last stronghold of the Islamic State in Syria (November 19, 2017).",
                "Two days earlier, the Iraqi army took over the city of Rawa.");

    [Theory]
    // Titles and initials cut no piece, as abbreviations in gazetteer names ("St. Gallen", "Brgy. Nueva", "Jose C. Paz") must not.
    [InlineData("Col. Ryan Dillon, Spokesman for the International Coalition against ISIS, rejected fears that the United States and the Coalition would abandon the Syrian Democratic Forces (SDF) after the liberation of Al-Raqqah.")]
    [InlineData("On November 20, 2017, ISIS’s news agency quoted Maj. Avichay Adraee, the head of the Arab media department at the IDF Spokesperson’s Office, as saying that an IDF soldier was lightly wounded by gunfire from Sinai.")]
    [InlineData("The Annual Threat Assessment issued by US Director of National Intelligence Daniel R. Coats included an assessment of the threat posed by ISIS.")]
    public void An_abbreviation_or_initial_keeps_the_sentence_whole(string sentence) =>
        Pieces(sentence).Should().Equal(sentence);

    [Fact]
    public void Lines_are_pieces_of_their_own() =>
        Pieces("Main developments in Iraq\nDiyala Province\n• On November 19, 2017, an IED exploded near Baqubah.")
            .Should().Equal("Main developments in Iraq", "Diyala Province", "On November 19, 2017, an IED exploded near Baqubah.");

    private static string[] Parts(string text)
    {
        var parts = new List<(int Start, int Length)>();
        foreach (var (start, length) in TextPieces.Split(text)) TextPieces.SplitAtBlankedAsides(text, start, length, parts);
        return [.. parts.Select(p => text.Substring(p.Start, p.Length))];
    }

    [Fact]
    public void A_blanked_citation_before_a_full_stop_cuts_the_run_on_sentence_apart()
    {
        var masked = PlaceResolver.MaskParentheticals("As a result, several hiding places were destroyed and the rebel organizations sustained casualties (SANA, February 4, 2019). In addition, the Syrian army fired at the southern Aleppo region, in response to the violations on the part of the rebel organizations in the area (Al-Ikhbariya al-Suriya channel, February 5, 2019).");
        // Split alone leaves one piece: no word precedes the full stop once the citation is blanked.
        TextPieces.Split(masked).Should().HaveCount(1);
        // Each part keeps its blanked citation and full stop, as Split keeps a sentence's.
        Parts(masked).Select(p => p.TrimEnd('.', ' ')).Should().Equal(
            "As a result, several hiding places were destroyed and the rebel organizations sustained casualties",
            "In addition, the Syrian army fired at the southern Aleppo region, in response to the violations on the part of the rebel organizations in the area");
        Parts(masked).Should().AllSatisfy(p => p.Should().EndWith("."));
    }

    [Theory]
    // Blanks only (a name's locative may lie across them), or nothing blanked: no cut.
    [InlineData("- Over the past two months, ISIS’s Khorasan Province (Afghanistan/Pakistan) has carried out four mass-casualty suicide bombing attacks in the capital Kabul.")]
    [InlineData("The latest attack took place this week at a hotel in Kabul where Jamaat-e-Islami, the oldest political party in Afghanistan, was holding a conference.")]
    // A gap with a mark (", “") but no blanked run in it shares no piece with another text: no cut there either.
    [InlineData("On November 22, 2019, “armed men” captured two people who had (allegedly) collaborated with the Egyptian army in east Bir al-Abd.")]
    public void Blanks_alone_or_no_blanks_cut_nothing(string sentence)
    {
        var masked = PlaceResolver.MaskParentheticals(sentence);
        Parts(masked).Should().Equal(Pieces(masked));
    }

    public static TheoryData<string> SeedReports()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles("/work/shared/seeds", "*.txt").Order(StringComparer.Ordinal)) data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedReports))]
    public void The_parts_of_a_masked_piece_give_exactly_the_mentions_of_the_whole_piece(string file) => CheckedCuts(file);

    [Fact]
    public void The_seed_reports_have_masked_pieces_that_are_cut() =>
        Directory.GetFiles("/work/shared/seeds", "*.txt").Sum(CheckedCuts).Should().BePositive("the reports cite their sources in parentheses");

    // The cuts in a report's masked pieces, each checked: the parts' mentions are the whole piece's.
    private static int CheckedCuts(string file)
    {
        var masked = PlaceResolver.MaskParentheticals(File.ReadAllText(file).ReplaceLineEndings("\n"));
        var cuts = 0;
        foreach (var (start, length) in TextPieces.Split(masked))
        {
            var parts = new List<(int Start, int Length)>();
            TextPieces.SplitAtBlankedAsides(masked, start, length, parts);
            cuts += parts.Count - 1;
            var byParts = parts.SelectMany(p => SharedGazetteer.Recognizer.Recognize(masked.Substring(p.Start, p.Length))
                .Select(m => (Start: m.Start + p.Start - start, m.Length, m.AsWritten, m.IsActorUse, Places: m.Candidates.Select(c => c.Name).ToArray())));
            var whole = SharedGazetteer.Recognizer.Recognize(masked.Substring(start, length))
                .Select(m => (m.Start, m.Length, m.AsWritten, m.IsActorUse, Places: m.Candidates.Select(c => c.Name).ToArray()));
            byParts.Should().BeEquivalentTo(whole, o => o.WithStrictOrdering());
        }
        return cuts;
    }
}
