using System.Text.RegularExpressions;
using IncidentExtract.Gazetteers;
using IncidentExtract.Recognition.Actors;
using IncidentExtract.Recognition.Citations;

namespace IncidentExtract.Tests.Recognition.Actors;

/// <summary>
/// The shortcuts of the actor reading (fused word test and walk, pronoun pattern tried only where a pronoun
/// stands, citations parsed only around dated parentheses) against the plain forms they replace.
/// </summary>
public class ActorShortcutTests
{
    private static readonly Lazy<AliasTrie> Trie = new(() =>
    {
        var entries = new List<AliasEntry>();
        foreach (var actor in GazetteerLoader.LoadDefault().Actors)
        {
            entries.Add(new AliasEntry(actor.Name, actor, null, false));
            foreach (var alias in actor.Aliases) entries.Add(new AliasEntry(alias, actor, null, alias.Length <= 5 && alias.ToUpperInvariant() == alias));
            foreach (var branch in actor.Branches) entries.Add(new AliasEntry(branch, actor, branch, false));
        }
        return new AliasTrie(entries);
    });

    /// <summary>Real report sentences (samples/, /work/shared/seeds).</summary>
    public static TheoryData<string> Sentences => new()
    {
        "On November 15, 2017, ISIS released photos showing some of its operatives deployed in combat and observation positions around the town of Mahkan, about 4 km south of Al-Mayadeen (near the road from Deir ez-Zor to Albukamal).",
        "Reportedly, it sustained several fatalities, its equipment was destroyed, and many of its operatives fled towards the desert.",
        "The officer they tried to eliminate belonged to a unit that attacked ISIS in the Al-Anbar Province (Iraqi News Agency, November 21, 2017).",
        "The Popular Mobilization (the Iraqi Shiite militias affiliated with Iran) reported that on February 1 and 2, 2019, it fired rockets at an ISIS staging zone in the village of Al-Baghouz [Tahtani], near the Syrian-Iraqi border.",
        "According to another report, the SDF carried out two operations in the Hajin rural area, during which they captured three ISIS foreign fighters: an Egyptian, a Saudi and a German.",
        "According to the Syrian Observatory for Human Rights, on February 3, 2019, the Syrian army and the forces supporting it attacked a vehicle of ISIS operatives in the Al-Sukhnah Desert west of the Euphrates River, killing seven ISIS operatives.",
        "According to an announcement by ISIS’s West Africa Province, on November 18, 2019, its operatives ambushed a Mali army convoy in the Tabankort area, about 100 km north of the Mali-Niger border.",
        "One SDF fighter was killed and two others were wounded (Telegram, November 23, 2019).",
        "In the ITIC’s assessment, the rivalry between ISIS and the Taliban contributed to the success of the Afghan security forces, and possibly also the large number of foreign fighters and their families, who are not an integral part of Afghan society, unlike the Taliban (ISIS’s rivals), who are firmly rooted in the region.",
        "In the area of Deir ez-Zor, the US army in cooperation with the Kurds (SDF) carried out an extensive operation against ISIS, which has increased its activity in the Euphrates Valley in recent months.",
        "Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraq – Dijla Province, February 4, 2019).",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_word_matches_as_the_first_word_test_then_the_longest_match(string text)
    {
        var trie = Trie.Value;
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!AliasTrie.IsWordChar(text[i]) || (i > 0 && AliasTrie.IsWordChar(text[i - 1]))) continue;
            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
            var expected = trie.MayStartAt(text, i, end) ? trie.LongestMatch(text, i) : null;
            trie.MatchWord(text, i, end).Should().Be(expected, "the word at {0}", i);
            words++;
        }
        words.Should().BeGreaterThan(10);
    }

    /// <summary>
    /// The same with the sentence's spaces doubled or broken across lines, and its apostrophes written as the
    /// modifier letter (a letter, which folds to an apostrophe): the word match reads whitespace and folded
    /// letters as the walk from the root does.
    /// </summary>
    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_word_after_a_first_word_s_space_is_read_as_the_walk_reads_it(string text)
    {
        var trie = Trie.Value;
        var matches = 0;
        foreach (var probe in new[] { text.Replace(" ", "  "), text.Replace(" ", "\n "), text.Replace("’", "\u02BC"), "the Da\u02BCesh and the Daesh; " + text })
        {
            for (var i = 0; i < probe.Length; i++)
            {
                if (!AliasTrie.IsWordChar(probe[i]) || (i > 0 && AliasTrie.IsWordChar(probe[i - 1]))) continue;
                var end = i;
                while (end < probe.Length && AliasTrie.IsWordChar(probe[end])) end++;
                var expected = trie.MayStartAt(probe, i, end) ? trie.LongestMatch(probe, i) : null;
                trie.MatchWord(probe, i, end).Should().Be(expected, "the word at {0} of \"{1}\"", i, probe);
                if (expected is not null) matches++;
            }
        }
        matches.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Word_characters_are_letters_and_digits()
    {
        for (var c = char.MinValue; ; c++)
        {
            AliasTrie.IsWordChar(c).Should().Be(char.IsLetterOrDigit(c), "U+{0:X4}", (int)c);
            if (c == char.MaxValue) break;
        }
    }

    /// <summary>The pattern as Regex.Matches scanned it, before it was tried only where a pronoun stands.</summary>
    private static readonly Regex PronounSubject = new(@"\b(?:it|they|It|They|(?:its|their|Its|Their) (?:operatives|forces|fighters|members|troops|units|aircraft|planes|men|cells|squads?))(?:, [^,.;]{1,90},)?(?: (?:had|has|have))?(?: (?<be>was|were))?(?: (?:also|reportedly|successfully|still|then|indeed))? (?<verb>[a-z]+)\b", RegexOptions.CultureInvariant);

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Pronoun_subjects_are_the_matches_of_the_whole_scan(string text)
    {
        foreach (var probe in new[] { text, text + " " + text, "visit it, " + text })
        {
            var expected = PronounSubject.Matches(probe).Select(Describe).ToList();
            var found = new List<string>();
            var from = 0;
            while (ActorRoleResolver.NextPronounSubject(probe, ref from) is { } m) found.Add(Describe(m));
            found.Should().Equal(expected);
        }
    }

    /// <summary>The pairing as first written, with a stack of open parentheses.</summary>
    private static List<(int, int)> ReferenceCandidates(string text)
    {
        var spans = new List<(int, int)>();
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') open.Push(i);
            else if (text[i] == ')' && open.Count > 0)
            {
                var start = open.Pop();
                if (i - start >= 6 && text.AsSpan(start, i - start).IndexOfAnyInRange('0', '9') >= 0) spans.Add((start, i + 1));
            }
        }
        return spans;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Candidate_parentheses_pair_as_a_stack_does_even_nested_deeper_than_the_inline_stack(string text)
    {
        (ActorRoleResolver.CitationCandidates(text) ?? []).Should().Equal(ReferenceCandidates(text));
        // The same sentence inside forty pairs of parentheses: the open ones spill past the stack's sixteen.
        var nested = new string('(', 40) + text + new string(')', 40);
        var expected = ReferenceCandidates(nested);
        // A dated sentence makes every enclosing pair a candidate; an undated one, none.
        expected.Should().HaveCount(text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? 40 + ReferenceCandidates(text).Count : 0);
        (ActorRoleResolver.CitationCandidates(nested) ?? []).Should().Equal(expected);
    }

    private static string Describe(Match m) => $"{m.Index}+{m.Length} be={m.Groups["be"].Success} verb={m.Groups["verb"].Value}";

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Every_citation_lies_in_a_candidate_pair_of_parentheses(string text)
    {
        var candidates = ActorRoleResolver.CitationCandidates(text) ?? [];
        foreach (var c in new CitationParser().Parse(text))
            candidates.Should().Contain((c.Start, c.End));
        // "(SDF)", "(ISIS’s rivals)": labels and remarks are no candidates.
        foreach (var (start, end) in candidates)
            text.AsSpan(start, end - start).IndexOfAnyInRange('0', '9').Should().BeGreaterThan(0);
    }
}

public class TokenRecognitionTests
{
    private static readonly Lazy<(ActorRecognizer Recognizer, AliasTrie Trie)> Built = new(() =>
    {
        var gazetteer = GazetteerLoader.LoadDefault();
        var entries = new List<AliasEntry>();
        foreach (var actor in gazetteer.Actors)
        {
            Add(actor.Name, actor, null);
            foreach (var alias in actor.Aliases) Add(alias, actor, null);
            foreach (var branch in actor.Branches) Add(branch, actor, branch);
        }
        return (new ActorRecognizer(gazetteer), new AliasTrie(entries));

        void Add(string alias, Actor actor, string? branch)
        {
            if (string.IsNullOrWhiteSpace(alias)) return;
            var a = alias.Trim();
            var acronym = a.Length <= 7 && !a.Any(char.IsLower) && a.Any(char.IsLetter);
            entries.Add(new AliasEntry(a, actor, branch, acronym));
        }
    });

    /// <summary>The recogniser as it scanned the characters, before it read the words off the tokens.</summary>
    private static List<ActorMention> ByCharacters(string text)
    {
        var trie = Built.Value.Trie;
        var mentions = new List<ActorMention>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
            var negated = i >= 5 && text[i - 1] == '-' && string.Compare(text, i - 5, "anti", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;
            if (!trie.MayStartAt(text, i, end) || trie.LongestMatch(text, i) is not { } match || negated) { i = end; continue; }
            var mention = new ActorMention(i, match.End - i, match.Entry.Actor, match.Entry.Branch);
            if (mention.Branch is not null && mentions.Count > 0 && mentions[^1] is { Branch: null } previous && previous.Actor == mention.Actor
                && text[previous.End..mention.Start] is "’s " or "'s " or " " or " – " or " - ")
            {
                mentions.RemoveAt(mentions.Count - 1);
                mention = new ActorMention(previous.Start, mention.End - previous.Start, mention.Actor, mention.Branch);
            }
            mentions.Add(mention);
            i = match.End;
        }
        return mentions;
    }

    [Theory]
    [MemberData(nameof(ActorShortcutTests.Sentences), MemberType = typeof(ActorShortcutTests))]
    [InlineData("On November 23, 2019, Hay’at Tahrir al-Sham’s operatives and the anti-ISIS Coalition fought near Idlib; ISIS’s West Africa Province claimed it.")]
    [InlineData("The Al-Qaeda-affiliated Army of Glory and Hay'at Tahrir al-Sham (HTS) shelled Syrian army positions (Ibaa, November 23, 2019).")]
    public void Words_read_off_the_tokens_find_what_the_character_scan_found(string text)
    {
        var expected = ByCharacters(text);
        Built.Value.Recognizer.Recognize(text).Should().Equal(expected);
    }
}
