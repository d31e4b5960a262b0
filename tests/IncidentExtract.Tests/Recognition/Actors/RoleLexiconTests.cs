using IncidentExtract.Recognition.Actors;

namespace IncidentExtract.Tests.Recognition.Actors;

/// <summary>
/// The word classes (one lookup for all the role lists) against the lists themselves: a word has a list's flag
/// exactly when the list holds it, and the past-verb test with the classes answers as the one without.
/// </summary>
public class RoleLexiconTests
{
    /// <summary>Real report sentences (/work/shared/seeds), read word by word as the role rules fold them.</summary>
    public static TheoryData<string> Sentences => new()
    {
        "The current suicide bombing attack is the fourth in a series of suicide bombing attacks carried out by ISIS in Kabul over the past two months (the three previous attacks were carried out at the entrance to the military academy in western Kabul, at the Shiite Imam Zaman Mosque, and at Kabul International Airport).",
        "The “Awaken the Believers” operations room (affiliated with Al-Qaeda) reported a series of activities carried out by the organizations operating as part of it, including sniper fire at a force supporting the Syrian army in west Aleppo (January 31, 2019); sniper fire at the Syrian army in west Aleppo, killing three Syrian soldiers (February 1, 2019); and launching rockets at Syrian army positions in the northern Al-Ghab Plain (February 1, 2019).",
        "Due to the mopping up activity carried out by the SDF forces in the territories taken over from ISIS, ISIS operatives are trying now to infiltrate across the defense lines and flee the enclave in order to reorganize (SDF Press, February 4, 2019).",
        "According to the Syrian Observatory for Human Rights, on February 3, 2019, the Syrian army and the forces supporting it attacked a vehicle of ISIS operatives in the Al-Sukhnah Desert west of the Euphrates River, killing seven ISIS operatives.",
        "Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraq – Dijla Province, February 4, 2019).",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_word_has_the_flags_of_the_lists_that_hold_it(string sentence)
    {
        var words = TextTokens.Tokenize(sentence).Where(t => t.IsWord)
            .Select(t => sentence[t.Start..t.End].ToLowerInvariant()).ToList();
        words.Should().HaveCountGreaterThan(20);
        var flagged = 0;
        foreach (var w in words)
        {
            var classes = RoleLexicon.ClassesOf(w);
            foreach (var (list, flag) in RoleLexicon.Lists())
                ((classes & flag) != 0).Should().Be(list.Contains(w), "'{0}' and the list of {1}", w, flag);
            RoleLexicon.IsPastVerb(w, classes).Should().Be(RoleLexicon.IsPastVerb(w), "'{0}'", w);
            if (classes != WordClass.None) flagged++;
        }
        flagged.Should().BeGreaterThan(3, "report sentences hold the lexicon's words");
    }

    [Fact]
    public void Every_word_of_every_list_carries_its_flag()
    {
        foreach (var (list, flag) in RoleLexicon.Lists())
            foreach (var w in list)
                RoleLexicon.ClassesOf(w).Should().HaveFlag(flag, "'{0}' is on the list", w);
    }

    [Fact]
    public void A_word_on_no_list_has_no_flag() =>
        RoleLexicon.ClassesOf("mosque").Should().Be(WordClass.None);
}
