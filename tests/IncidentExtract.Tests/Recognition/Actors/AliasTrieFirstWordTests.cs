using IncidentExtract.Gazetteers;
using IncidentExtract.Recognition.Actors;

namespace IncidentExtract.Tests.Recognition.Actors;

/// <summary>
/// The alias trie's word match (the first-word test, then the walk on from the word's node) against the plain walk
/// from the root: both give the same match for every word of real report lines and every alias of the gazetteer.
/// </summary>
public class AliasTrieFirstWordTests
{
    private static readonly Lazy<(AliasTrie Trie, List<AliasEntry> Entries)> Built = new(() =>
    {
        var entries = new List<AliasEntry>();
        foreach (var actor in GazetteerLoader.LoadDefault().Actors)
        {
            entries.Add(new AliasEntry(actor.Name, actor, null, false));
            foreach (var alias in actor.Aliases) entries.Add(new AliasEntry(alias, actor, null, alias.Length <= 5 && alias.ToUpperInvariant() == alias));
            foreach (var branch in actor.Branches) entries.Add(new AliasEntry(branch, actor, branch, false));
        }
        return (new AliasTrie(entries), entries);
    });

    /// <summary>Real report lines (/work/shared/seeds): "the" and "al" start many aliases and most of a report's walks.</summary>
    public static TheoryData<string> Lines => new()
    {
        "According to the Syrian Observatory for Human Rights, on February 3, 2019, the Syrian army and the forces supporting it attacked a vehicle of ISIS operatives in the Al-Sukhnah Desert west of the Euphrates River, killing seven ISIS operatives.",
        "The “Awaken the Believers” operations room (affiliated with Al-Qaeda) reported a series of activities carried out by the organizations operating as part of it, including sniper fire at a force supporting the Syrian army in west Aleppo (January 31, 2019).",
        "Due to the mopping up activity carried out by the SDF forces in the territories taken over from ISIS, ISIS operatives are trying now to infiltrate across the defense lines and flee the enclave in order to reorganize (SDF Press, February 4, 2019).",
        "The Popular Mobilization (the Iraqi Shiite militias affiliated with Iran) reported that on February 1 and 2, 2019, it fired rockets at an ISIS staging zone in the village of Al-Baghouz [Tahtani], near the Syrian-Iraqi border.",
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Every_word_matches_as_the_walk_from_the_root_does(string line)
    {
        var trie = Built.Value.Trie;
        var matched = 0;
        foreach (var token in TextTokens.Tokenize(line))
        {
            if (!token.IsWord) continue;
            // A word token may hold hyphens ("Al-Sukhnah"): its first run of word characters is the word the recogniser tries.
            var end = token.Start;
            while (end < token.End && AliasTrie.IsWordChar(line[end])) end++;
            // An alias that matches here spells the word to its end as its own first word: the walk from the root finds it.
            var expected = trie.LongestMatch(line, token.Start);
            trie.MatchWord(line, token.Start, end).Should().Be(expected, "the word at {0}", token.Start);
            if (expected is not null) matched++;
        }
        matched.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Every_alias_is_found_from_its_first_word()
    {
        var (trie, entries) = Built.Value;
        foreach (var entry in entries)
        {
            var alias = entry.Alias.Trim();
            var end = 0;
            while (end < alias.Length && AliasTrie.IsWordChar(alias[end])) end++;
            if (end == 0) continue;
            var match = trie.MatchWord(alias, 0, end);
            match.Should().NotBeNull("'{0}' is an alias", alias);
            match.Should().Be(trie.LongestMatch(alias, 0), "'{0}'", alias);
            match!.Value.End.Should().Be(alias.Length, "'{0}' matches whole", alias);
        }
    }
}
