using FluentAssertions;
using IncidentExtract.Recognition.Citations;
using Xunit;

namespace IncidentExtract.Tests.Recognition.Citations;

public class ParenthesisPairsTests
{
    private const string Haditha =
        "Al-Anbar Province: The killing of two members of the Tribal Mobilization (Sunni militias loyal to the Iraqi regime) near Haditha (around 195 km northwest of Baghdad) (Shabakat Shumukh, February 2, 2019).";

    // Each pair as the text between its parentheses, in the order the pairs close.
    public static TheoryData<string, string[]> Sentences => new()
    {
        { Haditha, ["Sunni militias loyal to the Iraqi regime", "around 195 km northwest of Baghdad", "Shabakat Shumukh, February 2, 2019"] },
        {
            "In an interview with CBS, the President noted that the United States would soon be able to announce the absolute defeat of ISIS in 100% of the territory (that it controls) in Syria (February 3, 2019).",
            ["that it controls", "February 3, 2019"]
        },
        // Cut inside its first remark: the stray closing parenthesis pairs with nothing.
        { Haditha[(Haditha.IndexOf('(') + 1)..], ["around 195 km northwest of Baghdad", "Shabakat Shumukh, February 2, 2019"] },
        // Cut inside its last citation: the parenthesis left open gives no pair.
        { Haditha[..Haditha.LastIndexOf(')')], ["Sunni militias loyal to the Iraqi regime", "around 195 km northwest of Baghdad"] },
        { "Al-Anbar Province: The killing of two members of the Tribal Mobilization.", [] },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Pairs_come_out_as_they_close_innermost_first(string text, string[] expected)
    {
        Inside(text, text.IndexOf('(')).Should().Equal(expected);
    }

    // The whole sentences, every parenthesis paired.
    public static TheoryData<string, string[]> Balanced => new()
    {
        { Haditha, ["Sunni militias loyal to the Iraqi regime", "around 195 km northwest of Baghdad", "Shabakat Shumukh, February 2, 2019"] },
        { "Al-Anbar Province: The killing of two members of the Tribal Mobilization.", [] },
    };

    [Theory]
    [MemberData(nameof(Balanced))]
    public void Nesting_deeper_than_the_callers_room_spills_into_an_array(string text, string[] expected)
    {
        var nested = new string('(', 40) + text + new string(')', 40);
        var pairs = Inside(nested, 0);
        pairs.Should().HaveCount(expected.Length + 40);
        pairs.Take(expected.Length).Should().Equal(expected);
        pairs[^1].Should().Be(nested[1..^1]);
    }

    [Theory]
    [InlineData("(Shabakat Shumukh, February 2, 2019)", true)]
    // Only a pre-filter: a remark with a number passes, and the parser then finds no source in it.
    [InlineData("(around 195 km northwest of Baghdad)", true)]
    [InlineData("(Sunni militias loyal to the Iraqi regime)", false)]
    [InlineData("(2019)", false)] // a year alone has no room for a source as well
    public void A_citation_candidate_holds_a_digit_and_room_for_a_source(string text, bool expected)
    {
        ParenthesisPairs.MayBeCitation(text, 0, text.Length - 1).Should().Be(expected);
    }

    private static List<string> Inside(string text, int first)
    {
        var found = new List<string>();
        var pairs = new ParenthesisPairs(text, first, stackalloc int[16]);
        while (pairs.MoveNext(out var open, out var close)) found.Add(text[(open + 1)..close]);
        return found;
    }
}
