using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Tests.Recognition.Places;

/// <summary>The recognizer's fast paths (span keys, tagged buckets, capital-to-capital jumps) against plain readings of the same text.</summary>
public class PlaceScanTests
{
    private static readonly string SamplesDir = Path.Combine(IncidentExtract.Tests.Pipeline.RepositoryRoot.Path, "samples");

    [Theory]
    [InlineData("baghouz", "baghuz")]
    [InlineData("raqqah", "raqa")]
    [InlineData("hajjin", "hajin")]
    [InlineData("mayadeen", "mayadin")]
    [InlineData("tell", "tal")]
    [InlineData("deir", "dayr")]
    [InlineData("khaniqin", "khaniqin")]
    public void The_span_fold_writes_what_the_string_fold_returns(string token, string normalized)
    {
        PlaceNameFolding.Normalize(token).Should().Be(normalized);
        var buffer = token.ToCharArray();
        // In place, as the recognizer folds a word it has just copied out of the text.
        new string(buffer, 0, PlaceNameFolding.Normalize(buffer, buffer)).Should().Be(normalized);
    }

    [Theory]
    [InlineData("Al-Raqqah", "Al-Raqqah’s", false)]
    [InlineData("Al-Raqqah", "al Raqqah", true)]
    [InlineData("Dar‘ā", "Dara", true)]
    [InlineData("Sāmarrā’", "Samarra", true)]
    [InlineData("Albukamal", "Al-Bukamal", true)]
    [InlineData("Khanaqin", "Khaniqin", false)]
    public void Two_spellings_have_the_same_letters_as_their_joined_tokens_say(string name, string asWritten, bool same)
    {
        PlaceNameFolding.SameLetters(name, asWritten).Should().Be(same);
        (string.Join("", PlaceNameFolding.Tokenize(name)) == string.Join("", PlaceNameFolding.Tokenize(asWritten))).Should().Be(same);
    }

    [Fact]
    public void Every_key_of_the_name_table_is_found_at_its_own_entry_and_an_unknown_key_nowhere()
    {
        var table = SharedGazetteer.Gazetteer.PlaceIndex ?? PlaceRecognizer.BuildIndex(SharedGazetteer.Gazetteer.Places);
        var arrays = table.Stored;
        for (var e = 0; e < arrays.KeyEnds.Length; e++)
        {
            var start = e == 0 ? 0 : arrays.KeyEnds[e - 1];
            table.Find(arrays.Chars.AsSpan(start, arrays.KeyEnds[e] - start)).Should().Be(e);
        }
        table.Find("forcesfell").Should().Be(-1);
        table.LongestKey.Should().BeGreaterThan(10);
    }

    [Fact]
    public void Demonyms_are_found_in_every_sample_line_as_a_word_by_word_reading_finds_them()
    {
        var recognizer = SharedGazetteer.Recognizer;
        var lines = Directory.GetFiles(SamplesDir, "*.txt").SelectMany(File.ReadAllLines).ToList();
        var found = 0;
        foreach (var line in lines)
        {
            var expected = WordByWord(line, recognizer);
            recognizer.Demonyms(line).Should().Equal(expected, line);
            found += expected.Count;
        }
        found.Should().BeGreaterThan(50);
    }

    [Fact]
    public void A_capital_after_an_in_word_mark_is_no_word_of_its_own() =>
        // "Dar‘Israeli" is one word; only the second "Israeli" starts one.
        SharedGazetteer.Recognizer.Demonyms("Dar‘Israeli forces entered Israeli territory.").Select(d => d.Country).Should().Equal("Israel");

    // Every word in turn, as the recognizer read them before it jumped between capitals.
    private static List<(int Start, int End, string Country)> WordByWord(string text, PlaceRecognizer recognizer)
    {
        var found = new List<(int, int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!PlaceNameFolding.IsWordChar(text[i])) { i++; continue; }
            var start = i;
            var folded = new System.Text.StringBuilder();
            while (i < text.Length && (PlaceNameFolding.IsWordChar(text[i]) || (PlaceNameFolding.IsInWordMark(text[i]) && i + 1 < text.Length && PlaceNameFolding.IsWordChar(text[i + 1]))))
            {
                if (PlaceNameFolding.IsWordChar(text[i])) folded.Append(PlaceNameFolding.Fold(text[i]));
                i++;
            }
            if (!char.IsUpper(text[start]) || folded.Length is < 4 or >= 24) continue;
            if (recognizer.CountryOfDemonym(folded.ToString()) is { } country) found.Add((start, i, country));
        }
        return found;
    }
}
