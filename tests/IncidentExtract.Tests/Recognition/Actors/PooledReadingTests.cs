using IncidentExtract.Gazetteers;
using IncidentExtract.Recognition.Actors;

namespace IncidentExtract.Tests.Recognition.Actors;

/// <summary>
/// The reading's pooled tables (token buffers, folded words, the word sets read through spans): a rented array
/// comes back holding an earlier text, so each reading must see its own text only.
/// </summary>
public class PooledReadingTests
{
    private static readonly Lazy<ActorRecognizer> Recognizer = new(() => new ActorRecognizer(GazetteerLoader.LoadDefault()));

    private const string Long = "Kirkuk Province: On November 19, 2017, the Popular Mobilization announced that its forces, together with forces from the Iraqi Army’s 20th Division, had killed 12 ISIS operatives in the Al-Hawija District, around 58 km west of Kirkuk. The ISIS operatives were hiding in rocky terrain and in houses in this area (Popular Mobilization website, November 19, 2017).";

    /// <summary>Each token as the text it covers, with "|" before a mark.</summary>
    [Theory]
    [InlineData("One hundred suspects were detained by the Niger army.",
        "One hundred suspects were detained by the Niger army |.")]
    [InlineData("ISIS’s West Africa Province claimed responsibility for the attack (Telegram, November 23, 2019).",
        "ISIS |'s West Africa Province claimed responsibility for the attack |( Telegram |, November 23 |, 2019 |) |.")]
    [InlineData("The “Awaken the Believers” operations room (affiliated with Al-Qaeda) reported a series of activities",
        "The |\" Awaken the Believers |\" operations room |( affiliated with Al-Qaeda |) reported a series of activities")]
    public void A_rented_buffer_holds_the_text_s_own_tokens_after_a_longer_one(string text, string expected)
    {
        // A longer text first, so that the pool may hand its array back holding more tokens than this text has.
        using (var earlier = TextTokens.Rent(Long)) earlier.Count.Should().BeGreaterThan(60);
        using var tokens = TextTokens.Rent(text);
        var described = new List<string>();
        foreach (var t in tokens.AsSpan()) described.Add(t.Mark is null ? text[t.Start..t.End] : "|" + t.Mark);
        string.Join(" ", described).Should().Be(expected);
        TextTokens.Tokenize(text).Should().Equal(tokens.AsSpan().ToArray());
    }

    private struct RunRecorder(string text) : IWordRunReader
    {
        public readonly List<string> Runs = [];

        public readonly void Read(int start, int end) => Runs.Add(text[start..end]);
    }

    /// <summary>The runs the tokenizer tells a reader: every word's runs split at its joiners, and a possessive's "s", in text order.</summary>
    [Theory]
    [InlineData("On November 23, 2019, Russian fighter jets carried out several airstrikes against command posts of the Al-Qaeda-affiliated Army of Glory",
        "On November 23 2019 Russian fighter jets carried out several airstrikes against command posts of the Al Qaeda affiliated Army of Glory")]
    [InlineData("ISIS’s West Africa Province claimed responsibility for the attack (Telegram, November 23, 2019).",
        "ISIS s West Africa Province claimed responsibility for the attack Telegram November 23 2019")]
    [InlineData("The Al-Qaeda-affiliated Army of Glory and Hay'at Tahrir al-Sham (HTS) shelled Syrian army positions",
        "The Al Qaeda affiliated Army of Glory and Hay at Tahrir al Sham HTS shelled Syrian army positions")]
    public void A_reader_is_told_each_run_of_letters_in_order(string text, string expected)
    {
        var recorder = new RunRecorder(text);
        using var tokens = TextTokens.Rent(text, ref recorder);
        string.Join(" ", recorder.Runs).Should().Be(expected);
        tokens.AsSpan().ToArray().Should().Equal(TextTokens.Tokenize(text));
    }

    [Theory]
    [InlineData("On November 19, 2017, the Popular Mobilization announced that its forces, together with forces from the Iraqi Army’s 20th Division, had killed 12 ISIS operatives in the Al-Hawija District.", 1)]
    [InlineData("According to an announcement by ISIS’s West Africa Province, on November 18, 2019, its operatives ambushed a Mali army convoy in the Tabankort area, about 100 km north of the Mali-Niger border.", 1)]
    public void The_joiners_are_the_text_s_own(string text, int joiners)
    {
        using (var earlier = TextTokens.Rent(Long)) earlier.Joiners.Should().NotBeNull();
        using var tokens = TextTokens.Rent(text);
        tokens.Joiners.Should().HaveCount(joiners).And.OnlyContain(at => text[at] == '-' || text[at] == '\'' || text[at] == '’');
    }

    /// <summary>Every folded word of a sentence: the span lookup answers as the string lookup does.</summary>
    [Theory]
    [InlineData("The Popular Mobilization (the Iraqi Shiite militias affiliated with Iran) reported that on February 1 and 2, 2019, it fired rockets at an ISIS staging zone in the village of Al-Baghouz [Tahtani], near the Syrian-Iraqi border.")]
    [InlineData("Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraq – Dijla Province, February 4, 2019).")]
    public void A_word_set_answers_alike_for_a_span_and_a_string(string text)
    {
        WordSet[] sets = [RoleLexicon.AgentNouns, RoleLexicon.TargetCues, RoleLexicon.TargetNouns, RoleLexicon.Skippable, RoleLexicon.ClaimVerbs];
        var hits = 0;
        foreach (var word in TextTokens.Tokenize(text))
        {
            var lower = text[word.Start..word.End].ToLowerInvariant();
            // The span is cut out of a longer string, so that a lookup cannot lean on the string's own end.
            var span = (lower + " tail").AsSpan(0, lower.Length);
            foreach (var set in sets)
            {
                set.Contains(span).Should().Be(set.Contains(lower), "\"{0}\"", lower);
                if (set.Contains(lower)) hits++;
            }
            RoleLexicon.IsPastVerb(span).Should().Be(RoleLexicon.IsPastVerb(lower), "\"{0}\"", lower);
        }
        hits.Should().BeGreaterThan(3);
    }

    /// <summary>Every word of a sentence, and every listed word: one class lookup answers as each list does.</summary>
    [Theory]
    [InlineData("On November 21, 2019, two “spies” of the Egyptian Interior Ministry were executed east of Bir al-Abd (Telegram, November 21, 2019).")]
    [InlineData("According to an announcement by the Mali army, during a joint operation carried out by forces from Mali and Niger near Tabankort, a patrol was attacked by “terrorist operatives.”")]
    [InlineData("In the ITIC’s assessment, the rivalry between ISIS and the Taliban contributed to the success of the Afghan security forces, and possibly also the large number of foreign fighters and their families, who are not an integral part of Afghan society, unlike the Taliban (ISIS’s rivals), who are firmly rooted in the region.")]
    public void A_word_s_classes_are_the_lists_it_is_in(string text)
    {
        (WordSet Set, WordClass Class)[] lists =
        [
            (RoleLexicon.AgentNouns, WordClass.AgentNoun), (RoleLexicon.GroupNouns, WordClass.GroupNoun),
            (RoleLexicon.ActivityNouns, WordClass.ActivityNoun), (RoleLexicon.TargetNouns, WordClass.TargetNoun),
            (RoleLexicon.TargetCues, WordClass.TargetCue), (RoleLexicon.HarmParticiples, WordClass.HarmParticiple),
            (RoleLexicon.ClaimVerbs, WordClass.ClaimVerb), (RoleLexicon.AgentiveNouns, WordClass.AgentiveNoun),
            (RoleLexicon.RelationParticiples, WordClass.RelationParticiple), (RoleLexicon.RelationHeads, WordClass.RelationHead),
            (RoleLexicon.HarmHeads, WordClass.HarmHead), (RoleLexicon.ClashWords, WordClass.ClashWord),
            (RoleLexicon.Skippable, WordClass.Skippable), (RoleLexicon.Adverbs, WordClass.Adverb), (RoleLexicon.BeAux, WordClass.BeAux),
        ];
        var words = TextTokens.Tokenize(text).Where(t => t.IsWord).Select(t => text[t.Start..t.End].ToLowerInvariant()).ToList();
        foreach (var (set, _) in lists) words.AddRange(set.Words);
        words.AddRange(RoleLexicon.IrregularActive.Words);
        words.AddRange(RoleLexicon.NonVerbEd.Words);
        var pastVerbs = 0;
        foreach (var w in words)
        {
            var classes = RoleLexicon.ClassOf(w);
            foreach (var (set, c) in lists) classes.HasFlag(c).Should().Be(set.Contains(w), "\"{0}\" and {1}", w, c);
            classes.HasFlag(WordClass.PastVerb).Should().Be(RoleLexicon.IsPastVerb(w), "\"{0}\"", w);
            if (classes.HasFlag(WordClass.PastVerb)) pastVerbs++;
        }
        pastVerbs.Should().BeGreaterThan(0);
    }

    /// <summary>Words of real sentences against a table of some of them: found exactly when listed, whatever their length or script.</summary>
    [Theory]
    [InlineData("In the ITIC’s assessment, the rivalry between ISIS and the Taliban contributed to the success of the Afghan security forces")]
    [InlineData("The Popular Mobilization (the Iraqi Shiite militias affiliated with Iran) reported that on February 1 and 2, 2019, it fired rockets at an ISIS staging zone in the village of Al-Baghouz [Tahtani], near the Syrian-Iraqi border.")]
    public void The_class_table_finds_exactly_the_listed_words(string text)
    {
        var words = TextTokens.Tokenize(text).Where(t => t.IsWord).Select(t => text[t.Start..t.End].ToLowerInvariant()).Distinct().ToList();
        // Every other word listed, with a class of its own; and words a slot cannot hold, never listed.
        var listed = new Dictionary<string, WordClass>();
        for (var k = 0; k < words.Count; k += 2)
            if (WordClassTable.TryPack(words[k], out _, out _)) listed[words[k]] = (WordClass)(1 << (k % 16));
        var table = new WordClassTable(listed);
        foreach (var w in words.Concat(["counterterrorist", "counterterrorists", "itic’s", "da’esh", "a", "ab"]))
        {
            table.TryGet(w, out var classes).Should().Be(listed.ContainsKey(w), "\"{0}\"", w);
            classes.Should().Be(listed.GetValueOrDefault(w), "\"{0}\"", w);
        }
        listed.Should().HaveCountGreaterThan(5);
        var rejected = () => new WordClassTable(new Dictionary<string, WordClass> { ["da’esh"] = WordClass.AgentNoun });
        rejected.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_word_folds_as_ToLowerInvariant_does_for_every_character()
    {
        Span<char> folded = stackalloc char[1];
        for (var c = char.MinValue; ; c++)
        {
            MentionRoleClassifier.Fold([c], folded);
            folded[0].Should().Be(c.ToString().ToLowerInvariant()[0], "U+{0:X4}", (int)c);
            if (c == char.MaxValue) break;
        }
    }

    [Theory]
    [InlineData("Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraq – Dijla Province, February 4, 2019).")]
    [InlineData("The Popular Mobilization (the Iraqi Shiite militias affiliated with Iran) reported that on February 1 and 2, 2019, it fired rockets at an ISIS staging zone in the village of Al-Baghouz [Tahtani], near the Syrian-Iraqi border.")]
    public void A_sentence_s_words_fold_as_ToLowerInvariant_does(string text)
    {
        foreach (var t in TextTokens.Tokenize(text).Where(t => t.IsWord))
        {
            var folded = new char[t.End - t.Start];
            MentionRoleClassifier.Fold(text.AsSpan(t.Start, t.End - t.Start), folded);
            new string(folded).Should().Be(text[t.Start..t.End].ToLowerInvariant());
        }
    }

    /// <summary>Each mention's role, classified after a longer text has left its folded words in the pooled tables.</summary>
    [Theory]
    [InlineData("According to an announcement by the Mali army, during a joint operation carried out by forces from Mali and Niger near Tabankort, a patrol was attacked by “terrorist operatives.”",
        "Mali army=Claimant")]
    [InlineData("One hundred suspects were detained by the Niger army.", "Niger army=Agent")]
    [InlineData("On the night of February 2-3, 2019, an ISIS squad infiltrated into the city of Albukamal, which is held by the Syrian army and Shiite militias.",
        "ISIS=Agent", "Syrian army=Support", "Shiite militias=Support")]
    [InlineData("On November 23, 2019, Russian fighter jets carried out several airstrikes against command posts of the Al-Qaeda-affiliated Army of Glory in the area of Kafrnubl (about 30 km south of Idlib).",
        "Russian fighter jets=Agent", "Al-Qaeda=Support", "Army of Glory=Target")]
    public void A_classifier_reads_its_own_text_only(string text, params string[] expected)
    {
        using (var earlier = new MentionRoleClassifier(Long, Recognizer.Value.Recognize(Long))) earlier.Classify().Should().NotBeEmpty();
        using var classifier = new MentionRoleClassifier(text, Recognizer.Value.Recognize(text));
        classifier.Classify().Select(r => text.Substring(r.Mention.Start, r.Mention.Length) + "=" + r.Role).Should().Equal(expected);
    }
}
