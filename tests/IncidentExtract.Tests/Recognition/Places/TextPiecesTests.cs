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
}
