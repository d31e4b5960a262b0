using IncidentExtract.Recognition.Actors;

namespace IncidentExtract.Tests.Recognition.Actors;

public class ActorTokenizingTests
{
    /// <summary>The folding rule as first written; the trie's ASCII fast path must agree with it everywhere.</summary>
    private static char ReferenceFold(char c) => c switch
    {
        '\u2019' or '\u2018' or '`' or '\u02BC' => '\'',
        '\u2010' or '\u2011' => '-',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => char.ToLowerInvariant(c),
    };

    [Fact]
    public void Alias_folding_agrees_with_the_general_rule_for_every_character()
    {
        for (var c = char.MinValue; ; c++)
        {
            AliasTrie.Fold(c).Should().Be(ReferenceFold(c), "U+{0:X4}", (int)c);
            if (c == char.MaxValue) break;
        }
    }

    [Theory]
    [InlineData("On November 19, 2017, the Popular Mobilization announced that its forces had killed 12 ISIS operatives in the Al-Hawija District.")]
    [InlineData("ISIS’s West Africa Province claimed responsibility for the attack (Telegram, November 23, 2019).")]
    public void Token_ranges_by_bisection_match_a_linear_scan(string text)
    {
        var gazetteer = IncidentExtract.Gazetteers.GazetteerLoader.LoadDefault();
        var mentions = new ActorRecognizer(gazetteer).Recognize(text);
        mentions.Should().NotBeEmpty();
        var tokens = TextTokens.Tokenize(text);
        var classifier = new MentionRoleClassifier(text, mentions);
        foreach (var m in mentions)
        {
            int first = -1, last = -1;
            for (var t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].End <= m.Start) continue;
                if (tokens[t].Start >= m.End) break;
                if (first < 0) first = t;
                last = t;
            }
            classifier.TokenRange(m).Should().Be((first, last));
        }
    }

    [Theory]
    [InlineData("On November 19, 2017, the Popular Mobilization announced that its forces had killed 12 ISIS operatives in the Al-Hawija District.")]
    [InlineData("ISIS’s West Africa Province claimed responsibility for the attack (Telegram, November 23, 2019).")]
    [InlineData("The “Awaken the Believers” operations room (affiliated with Al-Qaeda) reported a series of activities")]
    public void The_first_word_filter_never_hides_an_alias(string text)
    {
        var gazetteer = IncidentExtract.Gazetteers.GazetteerLoader.LoadDefault();
        var entries = new List<AliasEntry>();
        foreach (var actor in gazetteer.Actors)
            foreach (var alias in actor.Aliases.Append(actor.Name))
                entries.Add(new AliasEntry(alias, actor, null, false));
        var trie = new AliasTrie(entries);
        int found = 0, skipped = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!AliasTrie.IsWordChar(text[i]) || (i > 0 && AliasTrie.IsWordChar(text[i - 1]))) continue;
            if (!trie.MayStartAt(text, i)) skipped++;
            if (trie.LongestMatch(text, i) is null) continue;
            found++;
            trie.MayStartAt(text, i).Should().BeTrue("an alias starts at {0}", i);
        }
        found.Should().BeGreaterThan(0);
        skipped.Should().BeGreaterThan(0, "most words start no alias");
    }
}
