using System.Runtime.CompilerServices;
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
        using var tokens = Recognize(text, out var mentions);
        return mentions;
    }

    /// <summary>
    /// The mentions, read while the text is tokenized (<see cref="TextTokens.Rent{TReader}"/>): the role rules
    /// need the tokens anyway, and the tokenizer meets every place a word (a run of letters and digits) starts:
    /// at a word token, after a hyphen or apostrophe inside one, at the "s" of a possessive. The tokens are the
    /// caller's to dispose.
    /// </summary>
    internal TokenBuffer Recognize(string text, out List<ActorMention> mentions)
    {
        var reader = new MentionReader(this, text);
        var tokens = TextTokens.Rent(text, ref reader);
        mentions = reader.Mentions;
        return tokens;
    }

    /// <summary>Tries each run the tokenizer meets as the start of an alias.</summary>
    private struct MentionReader(ActorRecognizer recognizer, string text) : IWordRunReader
    {
        public readonly List<ActorMention> Mentions = [];
        private int _next;   // no word inside a match starts one

        public void Read(int start, int end)
        {
            if (start >= _next && recognizer.MayStart(text, start, end)) recognizer.TryWord(text, start, end, Mentions, ref _next);
        }
    }

    /// <summary>The trie's cheap first-word test, made here for every word so that most words cost no call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayStart(string text, int start, int end) => end - start > AliasTrie.LongestFirstWord || _trie.MayBeFirstWord(text, start, end);

    /// <summary>Adds the mention starting with the word [start, end), if any, and moves <paramref name="next"/> past it.</summary>
    private void TryWord(string text, int start, int end, List<ActorMention> mentions, ref int next)
    {
        if (_trie.MatchWord(text, start, end) is not { } match || IsNegatedPrefix(text, start)) return;
        var mention = new ActorMention(start, match.End - start, match.Entry.Actor, match.Entry.Branch);
        mentions.Add(MergeWithPossessiveBranch(mentions, mention, text));
        next = match.End;
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
