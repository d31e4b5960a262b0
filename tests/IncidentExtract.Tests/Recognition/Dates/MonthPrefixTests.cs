using IncidentExtract.Recognition.Dates;

namespace IncidentExtract.Tests.Recognition.Dates;

/// <summary>The month read through its three-letter prefix, against the comparison with every month's forms it replaces.</summary>
public class MonthPrefixTests
{
    private static readonly string[] Names =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // words from the seed reports (month names, their abbreviations, words that start like one) and their variants
    [Theory]
    [InlineData("On November 21, 2017, a suicide bomber blew up a car bomb")]
    [InlineData("(Iraqi News Agency, August 23, 2018).")]
    [InlineData("5 Oct 15")]
    [InlineData("Sept. 4 and Sep. 5")]
    [InlineData("The ISIS operatives in Al-Mayadeen and Marawi")]
    [InlineData("Mayadeen MAY may Ma Junes Septem Sept Decl Jul. Augusts")]
    [InlineData("June 29 and July 1, 2017")]
    public void Reads_every_word_as_the_comparison_with_each_month_does(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var found = MonthNames.TryRead(text, i, out var month, out var length, out var abbreviated);
            var expected = ReferenceRead(text, i, out var eMonth, out var eLength, out var eAbbreviated);
            found.Should().Be(expected, "at {0} of '{1}'", i, text);
            (month, length, abbreviated).Should().Be((eMonth, eLength, eAbbreviated));
        }
    }

    [Theory]
    [InlineData("Jan", 1)]
    [InlineData("May", 5)]
    [InlineData("Dec", 12)]
    [InlineData("jan", 0)]
    [InlineData("Mai", 0)]
    public void Names_the_month_of_a_prefix_as_written(string prefix, int month) =>
        MonthNames.OfPrefix(prefix).Should().Be(month);

    /// <summary>The reading before the prefix lookup: every month's full name, then its abbreviations, in turn.</summary>
    private static bool ReferenceRead(string text, int start, out int month, out int length, out bool abbreviated)
    {
        month = 0;
        length = 0;
        abbreviated = false;
        if (start - 1 >= 0 && start - 1 < text.Length && char.IsLetter(text[start - 1])) return false;
        var end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
        if (end < text.Length && char.IsLetterOrDigit(text[end])) return false;
        var word = text.AsSpan(start, end - start);
        if (word.Length < 3) return false;
        for (var m = 0; m < Names.Length; m++)
        {
            var name = Names[m];
            if (word.SequenceEqual(name))
            {
                (month, length) = (m + 1, word.Length);
                return true;
            }
            if ((word.Length == 3 || (m == 8 && word.SequenceEqual("Sept"))) && name.AsSpan().StartsWith(word))
            {
                (month, length, abbreviated) = (m + 1, word.Length + (end < text.Length && text[end] == '.' ? 1 : 0), true);
                return true;
            }
        }
        return false;
    }
}
