using IncidentExtract.Recognition.Casualties;

namespace IncidentExtract.Tests.Recognition.Casualties;

public class PooledTextTests
{
    // Pieces of a seed sentence, appended to a buffer that starts smaller than the text and must grow.
    [Theory]
    [InlineData("The latest attack took place this week at a hotel in Kabul where Jamaat-e-Islami, the oldest political party in Afghanistan, was holding a conference (14 dead, 18 wounded).", 1)]
    [InlineData("ISIS sustained many casualties (Al-Sumaria News, February 1, 2019).", 0)]
    [InlineData("An officer and two soldiers were killed.", 200)]
    public void Builds_the_string_its_pieces_spell(string sentence, int capacity)
    {
        var text = new PooledText(capacity);
        try
        {
            var words = sentence.Split(' ');
            for (var k = 0; k < words.Length; k++)
            {
                if (k > 0) text.Append(' ');
                text.Append(words[k].AsSpan());
            }
            text.Length.Should().Be(sentence.Length);
            text.ToString().Should().Be(sentence);
        }
        finally { text.Dispose(); }
    }

    [Fact]
    public void Is_empty_after_dispose()
    {
        var text = new PooledText(8);
        text.Append("Most of the dead are civilians.".AsSpan());
        text.Dispose();
        text.Length.Should().Be(0);
        text.ToString().Should().BeEmpty();
    }
}
