using IncidentExtract.Recognition.Dates;
using IncidentExtract.Recognition.Numbers;
using IncidentExtract.Tests.Pipeline;

namespace IncidentExtract.Tests.Recognition.Numbers;

/// <summary>
/// The recogniser reads the dates only once a word starts a number; what it finds is what it finds with every date known
/// from the start (sentences verbatim from the seed reports, and every line of them).
/// </summary>
public class NumberRecognizerDatesTests
{
    private static readonly NumberRecognizer Recognizer = new();
    private static readonly DateRecognizer Dates = new();

    [Theory]
    [InlineData("On November 21, 2017, a suicide bomber blew up a car bomb in a vegetable open market in the center of the city of Tuz Khurmatu, about 69 km south of Kirkuk.")]
    [InlineData("At least 23 people were killed and 60 people were wounded.")]
    [InlineData("Most of the dead are civilians.")]
    [InlineData("According to an announcement by the Russian Ministry of Defense, on November 15, 17 and 18, six long-range Tu-22M3 bombers took off from a base in Russia and flew over Iranian and Iraqi territory")]
    [InlineData("The latest attack took place this week at a hotel in Kabul where Jamaat-e-Islami, the oldest political party in Afghanistan, was holding a conference (14 dead, 18 wounded).")]
    public void Finds_what_it_finds_with_the_dates_known_beforehand(string sentence) =>
        Recognizer.Recognize(sentence).Should().Equal(Recognizer.Recognize(sentence, Dates.Recognize(sentence)));

    [Fact]
    public void Finds_in_every_line_of_the_seed_reports_what_it_finds_with_the_dates_known_beforehand()
    {
        var lines = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.txt").SelectMany(File.ReadLines).Where(l => l.Length > 0).ToList();
        var numbers = 0;
        foreach (var line in lines)
        {
            var found = Recognizer.Recognize(line);
            found.Should().Equal(Recognizer.Recognize(line, Dates.Recognize(line)), line);
            numbers += found.Count;
        }
        numbers.Should().BeGreaterThan(100);
    }
}

/// <summary>"a" makes an amount only before dozen, few, number (of), hundred, thousand or million (seed sentences).</summary>
public class ArticleAmountTests
{
    private static readonly NumberRecognizer Recognizer = new();

    [Theory]
    [InlineData("ISIS furthermore beheaded a number of members of regime forces", "a number")]
    [InlineData("the city was taken over within a few hours", "")]  // "a few hours" is a measure, not a count
    [InlineData("Two female suicide bombers were detained by the Iraqi security forces in the city of Haditha.", "Two")]
    [InlineData("ISIS operatives attacked a Mali army convoy in the Tabankort area", "")]
    [InlineData("An Iraqi security guard was killed (Iraqi News Agency, August 23, 2018).", "")]
    public void Reads_an_amount_after_a_only_before_its_words(string sentence, string expected) =>
        string.Join("|", Recognizer.Recognize(sentence).Select(m => m.Text)).Should().Be(expected);
}
