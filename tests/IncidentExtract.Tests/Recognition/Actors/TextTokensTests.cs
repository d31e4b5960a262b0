using IncidentExtract.Recognition.Actors;

namespace IncidentExtract.Tests.Recognition.Actors;

/// <summary>The tokenizer (ASCII characters classed by one table lookup) against the plain character tests it replaces.</summary>
public class TextTokensTests
{
    /// <summary>Real report lines (/work/shared/seeds): possessives, inner hyphens and apostrophes, dashes, quotation marks, brackets.</summary>
    public static TheoryData<string> Lines => new()
    {
        "According to an announcement by ISIS’s West Africa Province, on November 18, 2019, its operatives ambushed a Mali army convoy in the Tabankort area, about 100 km north of the Mali-Niger border.",
        "The Popular Mobilization (the Iraqi Shiite militias affiliated with Iran) reported that on February 1 and 2, 2019, it fired rockets at an ISIS staging zone in the village of Al-Baghouz [Tahtani], near the Syrian-Iraqi border.",
        "Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraq – Dijla Province, February 4, 2019).",
        "It announced on Twitter: \"A force from the PMF's 23rd Brigade has foiled an infiltration operation by the remnants of ISIS in the village of Ali Al-Sadoun in the Khaniqin district, forcing them to flee,” adding that it shot down a drone.",
        "The “Awaken the Believers” operations room (affiliated with Al-Qaeda) reported a series of activities;\tsniper fire at a force supporting the Syrian army in west Aleppo\u00A0(January 31, 2019).",
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Tokens_are_those_of_the_plain_character_tests(string line)
    {
        var tokens = TextTokens.Tokenize(line, out var joiners);
        var (expected, expectedJoiners) = Reference(line);
        tokens.Should().Equal(expected);
        (joiners ?? []).Should().Equal(expectedJoiners);
    }

    [Fact]
    public void Every_ascii_character_is_classed_as_the_plain_tests_class_it()
    {
        for (var c = (char)0; c < 128; c++)
        {
            var text = $"a{c}b";
            TextTokens.Tokenize(text).Should().Equal(Reference(text).Tokens, "character {0}", (int)c);
        }
    }

    /// <summary>The tokenizer as written with char.IsWhiteSpace and char.IsLetterOrDigit at every character.</summary>
    private static (List<Token> Tokens, List<int> Joiners) Reference(string text)
    {
        var joiners = new List<int>();
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d)) { i++; continue; }
                    if (d is not ('-' or '\'' or '’') || i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])
                        || (d != '-' && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2]))))
                        break;
                    joiners.Add(i);
                    i++;
                }
                tokens.Add(new Token(start, i, null));
                continue;
            }
            if (c is '’' or '\'' && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                tokens.Add(new Token(i, i + 2, "'s"));
                i += 2;
                continue;
            }
            tokens.Add(new Token(i, i + 1, c switch
            {
                '’' or '‘' => "'", '“' or '”' => "\"", '–' or '—' => "-",
                ',' => ",", '.' => ".", ';' => ";", ':' => ":", '(' => "(", ')' => ")", '[' => "[", ']' => "]", '"' => "\"", '-' => "-", '\'' => "'",
                _ => c.ToString(),
            }));
            i++;
        }
        return (tokens, joiners);
    }
}
