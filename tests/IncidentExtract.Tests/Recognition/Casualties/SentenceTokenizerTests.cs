using System.Text;
using IncidentExtract.Recognition.Casualties;
using IncidentExtract.Tests.Pipeline;

namespace IncidentExtract.Tests.Recognition.Casualties;

public class SentenceTokenizerTests
{
    // Texts verbatim from the seed reports: parentheses that are citations, a tally in parentheses, a footnote,
    // a name in brackets, quotation marks.
    public static TheoryData<string> Texts => new()
    {
        "The latest attack took place this week at a hotel in Kabul where Jamaat-e-Islami, the oldest political party in Afghanistan, was holding a conference (14 dead, 18 wounded).",
        "During the week in which the Islamic State collapsed, ISIS carried out a mass-casualty attack in the Turkmen-Shiite city of Tuz Khurmatu, south of Kirkuk (23 dead).",
        "ISIS sustained many casualties (Al-Sumaria News, February 1, 2019).",
        "In addition, weapons, ammunition and military equipment were seized (Telegram, November 20, 2019).",
        "The Popular Mobilization (the Iraqi Shiite militias affiliated with Iran) reported that on February 1 and 2, 2019, it fired rockets at an ISIS staging zone in the village of Al-Baghouz [Tahtani], near the Syrian-Iraqi border.",
        "There were also Iraqi Shiite militias (referred to as Haydariyoun), in which the most outstanding was the Nujaba Movement.[1] Also taking part in the campaign were forces from the Pakistani militias (Zeynabiyoun Brigade) and the Afghan militias (Fatemiyoun Brigade).",
        "It was reported that ISIS operatives who were left in the “pocket” along the Euphrates River halted the SDF forces.",
        "Thirty soldiers were killed and 30 others were wounded (Telegram, November 20, 2019).",
        "An unclosed (parenthesis before two soldiers were killed.",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Cleans_as_a_character_by_character_reading_does(string text) =>
        SentenceTokenizer.Clean(text).Should().Be(ReferenceClean(text));

    [Fact]
    public void Cleans_every_line_of_the_seed_reports_as_a_character_by_character_reading_does()
    {
        foreach (var line in SeedLines()) SentenceTokenizer.Clean(line).Should().Be(ReferenceClean(line), line);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_a_casualty_word_in_place_exactly_when_the_cleaned_text_spells_one(string text)
    {
        if (!text.Contains('(') || text.AsSpan().IndexOfAny("“”\"«»[") >= 0) return; // the in-place reading is for parentheses only
        SentenceTokenizer.CleanedSpellsCasualtyWord(text, text.IndexOf('('))
            .Should().Be(CasualtyWords.MayStateCasualties(SentenceTokenizer.Clean(text)));
    }

    [Fact]
    public void Finds_a_casualty_word_in_place_in_the_seed_reports_exactly_when_the_cleaned_text_spells_one()
    {
        var lines = SeedLines().Where(l => l.Contains('(') && l.AsSpan().IndexOfAny("“”\"«»[") < 0).ToList();
        lines.Should().NotBeEmpty();
        foreach (var line in lines)
            SentenceTokenizer.CleanedSpellsCasualtyWord(line, line.IndexOf('('))
                .Should().Be(CasualtyWords.MayStateCasualties(SentenceTokenizer.Clean(line)), line);
    }

    // A parenthesis is kept for its tally only when it spells one of these; each is a casualty word itself,
    // which lets the in-place reading skip a second search of the parenthesis.
    [Theory]
    [InlineData("dead")]
    [InlineData("killed")]
    [InlineData("wounded")]
    [InlineData("injured")]
    public void Every_tally_word_is_a_casualty_word(string word)
    {
        word.AsSpan().ContainsAny(SentenceTokenizer.TallyWords).Should().BeTrue();
        CasualtyWords.MayStateCasualties(word).Should().BeTrue();
    }

    private static IEnumerable<string> SeedLines() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.txt").SelectMany(File.ReadLines).Where(l => l.Length > 0);

    /// <summary>What cleaning means, one character at a time (the form the tokenizer had before it copied runs,
    /// with its word-by-word test for a parenthesis stating casualties); where a bracket closes is the tokenizer's own rule.</summary>
    private static string ReferenceClean(string text)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                var close = SentenceTokenizer.MatchingClose(text, i);
                if (close > i)
                {
                    var inner = text.AsSpan(i + 1, close - i - 1);
                    if (c == '(' && StatesCasualties(inner)) sb.Append(", ").Append(inner).Append(", ");
                    else if (c == '[' && !SentenceTokenizer.IsAllDigits(inner)) sb.Append(inner);
                    else sb.Append(' ');
                    i = close + 1;
                    continue;
                }
            }
            if (c is '“' or '”' or '"' or '«' or '»') { i++; continue; }
            sb.Append(c is '\u00A0' or '\t' or '\n' or '\r' ? ' ' : c);
            i++;
        }
        return sb.ToString();
    }

    private static bool StatesCasualties(ReadOnlySpan<char> inner) =>
        inner.ContainsAny("0123456789") && (inner.Contains("dead", StringComparison.OrdinalIgnoreCase)
            || inner.Contains("killed", StringComparison.OrdinalIgnoreCase) || inner.Contains("wounded", StringComparison.OrdinalIgnoreCase)
            || inner.Contains("injured", StringComparison.OrdinalIgnoreCase))
        && !inner.Contains(", 20", StringComparison.Ordinal) && !inner.Contains(", 19", StringComparison.Ordinal);
}
