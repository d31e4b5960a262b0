using IncidentExtract.Gazetteers;

namespace IncidentExtract.Recognition.Actors;

/// <summary>
/// Finds the gazetteer's actors in a text: whole words, longest alias first, case-insensitive except
/// for all-capital acronyms ("IS", "PMF"), which must be written exactly. A branch written after its
/// parent's possessive ("ISIS’s West Africa Province") is one mention carrying the branch.
/// Thread-safe: the alias trie is built once and only read afterwards.
/// </summary>
public sealed class ActorRecognizer
{
    private readonly AliasTrie _trie;

    public ActorRecognizer(Gazetteer gazetteer)
    {
        var entries = new List<AliasEntry>();
        foreach (var actor in gazetteer.Actors)
        {
            Add(entries, actor.Name, actor, null);
            foreach (var alias in actor.Aliases) Add(entries, alias, actor, null);
            foreach (var branch in actor.Branches) Add(entries, branch, actor, branch);
        }
        _trie = new AliasTrie(entries);
    }

    private static void Add(List<AliasEntry> entries, string alias, Actor actor, string? branch)
    {
        if (string.IsNullOrWhiteSpace(alias)) return;
        entries.Add(new AliasEntry(alias.Trim(), actor, branch, IsAcronym(alias.Trim())));
    }

    /// <summary>An acronym ("IS", "SDF", "HAMAS") collides with ordinary words in other cases ("is").</summary>
    private static bool IsAcronym(string alias)
    {
        if (alias.Length > 7) return false;
        var letters = 0;
        foreach (var c in alias)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters > 0;
    }

    public IReadOnlyList<ActorMention> Recognize(string text)
    {
        var mentions = new List<ActorMention>();
        var i = 0;
        // At the top of the loop the character before i is never a word character, so a word character
        // found there starts a word. A plain loop: words and the gaps between them are a few characters
        // long, shorter than a vectorised search needs to pay for its set-up.
        while (i < text.Length)
        {
            if (!AliasTrie.IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var wordEnd = i + 1;
            while (wordEnd < text.Length && AliasTrie.IsWordChar(text[wordEnd])) wordEnd++;
            if (_trie.MatchWord(text, i, wordEnd) is not { } match || IsNegatedPrefix(text, i))
            {
                i = wordEnd;
                continue;
            }
            var mention = new ActorMention(i, match.End - i, match.Entry.Actor, match.Entry.Branch);
            mentions.Add(MergeWithPossessiveBranch(mentions, mention, text));
            i = match.End;
        }
        return mentions;
    }

    /// <summary>"anti-ISIS" names the enemies of the actor, not the actor.</summary>
    private static bool IsNegatedPrefix(string text, int start) =>
        start >= 5 && text[start - 1] == '-' &&
        string.Compare(text, start - 5, "anti", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;

    private static ActorMention MergeWithPossessiveBranch(List<ActorMention> mentions, ActorMention mention, string text)
    {
        if (mention.Branch is null || mentions.Count == 0) return mention;
        var previous = mentions[^1];
        if (previous.Actor != mention.Actor || previous.Branch is not null) return mention;
        var gap = text.AsSpan(previous.End, mention.Start - previous.End);
        if (gap is not ("’s " or "'s " or " " or " – " or " - ")) return mention;
        mentions.RemoveAt(mentions.Count - 1);
        return new ActorMention(previous.Start, mention.End - previous.Start, mention.Actor, mention.Branch);
    }
}
