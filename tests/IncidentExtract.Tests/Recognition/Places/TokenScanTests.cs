using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Tests.Recognition.Places;

/// <summary>The recognizer reads words one at a time around a capital (<see cref="TokenScan"/>): forward and
/// backward, it must cut them as one scan of the whole text from its start does.</summary>
public class TokenScanTests
{
    private static readonly string SamplesDir = Path.Combine(IncidentExtract.Tests.Pipeline.RepositoryRoot.Path, "samples");

    [Theory]
    // the possessive "’s" is read over but left out of the word
    [InlineData("On July 3, 2017, the SDF forces fighting in Al-Raqqah entered Al-Raqqah’s Old City, with Coalition air support.", "Al-Raqqah’s", "Raqqah", "Old")]
    [InlineData("Over the past two months, ISIS’s Khorasan Province (Afghanistan/Pakistan) has carried out four mass-casualty suicide bombing attacks in the capital Kabul.", "ISIS’s", "ISIS", "Khorasan")]
    // an in-word mark joins its two sides into one word
    [InlineData("Dar‘Israeli forces entered Israeli territory.", "Dar‘Israeli", "Dar‘Israeli", "forces")]
    public void A_word_read_around_a_mark_ends_where_a_whole_scan_ends_it(string text, string written, string word, string next)
    {
        var start = text.IndexOf(written, StringComparison.Ordinal);
        var token = TokenScan.Read(text, written.StartsWith("Al-", StringComparison.Ordinal) ? start + 3 : start);
        text[token.Start..token.End].Should().Be(word);
        TokenScan.Next(text, token, out var following).Should().BeTrue();
        text[following.Start..following.End].Should().Be(next);
        TokenScan.Previous(text, following, out var back).Should().BeTrue();
        back.Should().Be(token);
    }

    [Theory]
    [InlineData("On July 3, 2017, the SDF forces fighting in Al-Raqqah entered Al-Raqqah’s Old City, with Coalition air support.", "Al", true)]
    [InlineData("On July 3, 2017, the SDF forces fighting in Al-Raqqah entered Al-Raqqah’s Old City, with Coalition air support.", "the", false)]
    public void An_article_is_a_short_word_before_a_hyphen_or_space(string text, string word, bool isArticle)
    {
        var token = TokenScan.Read(text, text.IndexOf(word, StringComparison.Ordinal));
        token.IsArticle.Should().Be(isArticle);
    }

    [Fact]
    public void Every_sample_line_read_forward_and_backward_gives_the_words_of_a_whole_scan()
    {
        var lines = Directory.GetFiles(SamplesDir, "*.txt").SelectMany(File.ReadAllLines).Where(l => l.Length > 0).ToList();
        var words = 0;
        foreach (var line in lines)
        {
            var expected = WholeScan(line);
            if (expected.Count == 0) continue;
            var forward = new List<TextToken> { TokenScan.Read(line, expected[0].Start) };
            while (TokenScan.Next(line, forward[^1], out var next)) forward.Add(next);
            forward.Should().Equal(expected, line);
            var backward = new List<TextToken> { TokenScan.Read(line, expected[^1].Start) };
            while (TokenScan.Previous(line, backward[^1], out var previous)) backward.Add(previous);
            backward.AsEnumerable().Reverse().Should().Equal(expected, line);
            words += expected.Count;
        }
        words.Should().BeGreaterThan(1000);
    }

    // The whole text cut into words from its start, as the recognizer did before it read words only around capitals.
    private static List<TextToken> WholeScan(string text)
    {
        var tokens = new List<TextToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!PlaceNameFolding.IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (PlaceNameFolding.IsWordChar(text[i])
                || (PlaceNameFolding.IsInWordMark(text[i]) && i + 1 < text.Length && PlaceNameFolding.IsWordChar(text[i + 1]))))
                i++;
            var end = i;
            if (end - start > 3 && text[end - 1] == 's' && PlaceNameFolding.IsInWordMark(text[end - 2])) end -= 2;
            var folded = new string(text[start..end].Select(PlaceNameFolding.Fold).ToArray());
            var isArticle = end - start is 2 or 3 && i < text.Length && text[i] is '-' or ' ' or '‐' && PlaceNameFolding.IsArticle(folded);
            tokens.Add(new TextToken(start, end, i, char.IsUpper(text[start]), isArticle));
        }
        return tokens;
    }

    // The jump from capital to capital that the recognizer, the demonym search and the report-country walk share.
    [Theory]
    [InlineData("Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul.", "Nineveh|Province|ISIS|Iraqi|Mosul")]
    [InlineData("Dar‘Israeli forces entered Israeli territory (Al-Sumaria News, February 1, 2019).", "Dar‘Israeli|Israeli|Al|Sumaria|News|February")]
    [InlineData("the Ālbū Kamāl area", "Ālbū|Kamāl")]
    public void The_next_capital_word_is_each_capitalised_word_start_in_turn(string text, string capitals)
    {
        var found = new List<string>();
        for (var at = PlaceRecognizer.NextCapitalWord(text, 0); at >= 0; at = PlaceRecognizer.NextCapitalWord(text, at + 1))
            found.Add(text[at..TokenScan.Read(text, at).End]);
        string.Join('|', found).Should().Be(capitals);
    }

    [Fact]
    public void The_next_capital_word_agrees_with_a_reading_of_every_character_on_every_sample_line()
    {
        foreach (var line in Directory.GetFiles(SamplesDir, "*.txt").SelectMany(File.ReadAllLines))
        {
            var expected = Enumerable.Range(0, line.Length).Where(i => char.IsUpper(line[i]) && PlaceRecognizer.StartsWord(line, i));
            var found = new List<int>();
            for (var at = PlaceRecognizer.NextCapitalWord(line, 0); at >= 0; at = PlaceRecognizer.NextCapitalWord(line, at + 1)) found.Add(at);
            found.Should().Equal(expected, line);
        }
    }
}
