using System.Collections.Frozen;

namespace IncidentExtract.Recognition.Actors;

/// <summary>
/// A set of lower-case words, compared ordinally, that also answers for a span: the role rules read the words
/// around a name as spans of one folded copy of the text, not as a string per word.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public WordSet(params string[] words)
    {
        _words = words.ToFrozenSet(StringComparer.Ordinal);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<string> Words => _words;

    public bool Contains(string word) => _words.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => _spans.Contains(word);
}

/// <summary>The lists of <see cref="RoleLexicon"/> a word belongs to, and <see cref="PastVerb"/>; a rule reads them from one lookup.</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    AgentNoun = 1 << 0,
    GroupNoun = 1 << 1,
    ActivityNoun = 1 << 2,
    TargetNoun = 1 << 3,
    TargetCue = 1 << 4,
    HarmParticiple = 1 << 5,
    ClaimVerb = 1 << 6,
    AgentiveNoun = 1 << 7,
    RelationParticiple = 1 << 8,
    RelationHead = 1 << 9,
    HarmHead = 1 << 10,
    ClashWord = 1 << 11,
    Skippable = 1 << 12,
    Adverb = 1 << 13,
    BeAux = 1 << 14,
    /// <summary><see cref="RoleLexicon.IsPastVerb"/>.</summary>
    PastVerb = 1 << 15,
    /// <summary>Not a class: the classifier's marks of what it has already made of a token.</summary>
    Folded = 1 << 29,
    Classified = 1 << 30,
}

/// <summary>The word lists the role rules read; lower-case, compared ordinally.</summary>
internal static class RoleLexicon
{
    private static WordSet Set(params string[] words) => new(words);

    /// <summary>Words that can follow an actor's name and still leave the actor as the doer ("ISIS operatives", "Russian fighter jets").</summary>
    public static readonly WordSet AgentNouns = Set(
        "operatives", "operative", "fighters", "fighter", "forces", "force", "members", "member", "militants", "militant",
        "squad", "squads", "cell", "cells", "suicide", "bomber", "bombers", "gunmen", "troops", "soldiers", "soldier",
        "units", "unit", "jets", "aircraft", "planes", "plane", "warplanes", "helicopters", "helicopter", "drones", "drone",
        "artillery", "snipers", "sniper", "commandos", "militiamen", "militiaman", "brigade", "battalion", "division",
        "patrol", "patrols", "police", "commander", "commanders", "demolition", "intelligence", "special", "men",
        "remnants", "elements", "army", "officers", "personnel", "battalions", "brigades", "corps", "regiment", "groups",
        "group", "militias", "militia", "allies", "supporters", "loyalists", "the", "and", "long-range", "sleeper");

    /// <summary>Unnamed groups known by their affiliation: "an Al-Qaeda-affiliated organization".</summary>
    public static readonly WordSet GroupNouns = Set(
        "organization", "organizations", "group", "groups", "faction", "factions", "militia", "militias", "cell", "cells",
        "operatives", "fighters", "operations", "network", "movement", "squad", "squads", "jihadists", "militants");

    /// <summary>Nouns of attacks and activity: "an ISIS suicide bombing attack", "ISIS activity in the Euphrates Valley".</summary>
    public static readonly WordSet ActivityNouns = Set(
        "attack", "attacks", "bombing", "bombings", "ambush", "ambushes", "raid", "raids", "offensive", "airstrike",
        "airstrikes", "shelling", "counterattack", "infiltration", "assault", "operation", "operations", "activity",
        "activities", "actions", "action", "terrorist", "guerrilla", "campaign", "strikes", "strike", "fire", "rocket",
        "mortar", "takeover", "advance", "detonates", "attacks", "fires", "kills", "launches", "seizes", "takes",
        "captures", "counterterrorist", "counterterrorism", "preventive", "thwarting", "routine", "efforts");

    /// <summary>Things attacked: "an SDF vehicle", "a Popular Mobilization camp".</summary>
    public static readonly WordSet TargetNouns = Set(
        "vehicle", "vehicles", "position", "positions", "checkpoint", "checkpoints", "camp", "camps", "convoy", "convoys",
        "tank", "tanks", "minibus", "bus", "outpost", "outposts", "base", "bases", "hideout", "hideouts", "hiding",
        "staging", "prison", "targets", "target", "locations", "headquarters", "posts", "post", "barracks", "truck",
        "roadblock", "reconnaissance", "armored", "home", "house", "office", "building", "workshop");

    /// <summary>Prepositions and verbs whose object is the one attacked.</summary>
    public static readonly WordSet TargetCues = Set(
        "against", "at", "on", "targeting", "targeted", "attacked", "attacking", "ambushed", "ambushing", "hit", "killed",
        "killing", "executed", "executing", "kidnapped", "kidnapping", "captured", "capturing", "detained", "detaining",
        "arrested", "arresting", "repelled", "halted", "struck", "shelled", "bombed", "besieged", "among", "toward",
        "towards", "into", "beheaded", "fought", "fighting", "engaged", "threatening", "threatened", "surrounded", "hitting",
        "downed", "eliminated", "wounded", "wounding", "defeated", "expelled");

    /// <summary>Past participles of harm: "X were ambushed" makes X the target.</summary>
    public static readonly WordSet HarmParticiples = Set(
        "attacked", "targeted", "ambushed", "killed", "wounded", "injured", "shot", "hit", "executed", "kidnapped",
        "abducted", "captured", "detained", "arrested", "repelled", "bombed", "shelled", "struck", "beheaded", "besieged",
        "defeated", "destroyed", "damaged", "eliminated", "slain", "murdered", "assassinated", "taken", "halted",
        "surrounded", "expelled", "driven", "routed", "overrun", "downed", "neutralized", "hurt", "harmed", "caught",
        "interrogated", "held", "seized", "imprisoned", "tortured", "lost");

    /// <summary>Verbs by which a party speaks about itself.</summary>
    public static readonly WordSet ClaimVerbs = Set(
        "claimed", "announced", "reported", "said", "stated", "declared", "confirmed", "published", "released",
        "boasted", "noted", "added", "warned", "claims", "announces", "reports", "says", "stated", "admitted", "tweeted");

    /// <summary>Active verbs that are not regular "-ed" forms.</summary>
    public static readonly WordSet IrregularActive = Set(
        "took", "shot", "hit", "struck", "broke", "blew", "set", "began", "fought", "overran", "overcame", "won", "led",
        "sent", "threw", "caught", "made", "put", "cut", "fled", "stole", "beat", "burnt", "ran", "drove", "went",
        "rode", "came", "got", "held", "laid", "dropped", "detonates", "attacks", "fires", "kills", "launches", "seizes",
        "takes", "captures", "targets", "ambushes", "storms", "escaped", "foiled", "taken", "broken", "driven",
        "beaten", "thrown", "blown", "begun", "done", "given", "overrun", "fought", "won",
        "managed", "carries", "conducts", "opens", "enters");

    /// <summary>"-ed" words that are adjectives in these reports, not verbs.</summary>
    public static readonly WordSet NonVerbEd = Set(
        "armed", "based", "affiliated", "backed", "related", "united", "advanced", "alleged", "allegedly", "red", "bed",
        "need", "speed", "seed", "feed", "hundred", "led", "suspected", "wanted", "improvised", "booby-trapped",
        "unidentified", "unknown", "coordinated", "embed", "so-called", "organized", "disguised", "masked", "mounted");

    /// <summary>"X by Y": the participles and nouns after which Y did it.</summary>
    public static readonly WordSet AgentiveNouns = Set(
        "takeover", "attack", "attacks", "activities", "activity", "operation", "operations", "support", "fire", "airstrike",
        "airstrikes", "bombing", "shelling", "raid", "raids", "capture", "liberation", "assault", "offensive", "strike",
        "strikes", "out", "infiltration", "counterattack", "ambush", "detonation", "killing", "execution");

    /// <summary>"X by Y" where Y only stands behind X: "supported by", "controlled by".</summary>
    public static readonly WordSet RelationParticiples = Set(
        "supported", "backed", "controlled", "held", "affiliated", "sponsored", "run", "operated", "owned", "led",
        "founded", "funded", "armed", "trained", "dominated", "headed", "commanded", "protected", "financed", "recognized",
        "designated", "used", "organized", "initiated", "issued", "obtained", "rejected", "published", "released",
        "reported", "announced", "quoted", "aired");

    /// <summary>Heads of "X of Y" where Y is only related: "spies of the Egyptian Interior Ministry".</summary>
    public static readonly WordSet RelationHeads = Set(
        "spies", "spy", "agents", "collaborators", "collaborator", "supporters", "sympathizers", "affiliates", "affiliate",
        "stronghold", "control", "hands", "territory", "ranks", "defeat", "end", "leader", "leaders", "emir", "spokesman",
        "spokesperson", "collapse", "threat", "presence", "elimination", "part", "side", "framework", "media", "return",
        "website", "channel", "account", "page", "statement", "announcement", "request", "approval", "participation",
        "role", "involvement", "interest", "rivals", "rival", "enemies", "status", "favor", "support", "help",
        "assistance", "protection", "name", "behalf");

    /// <summary>Heads of "X of Y" where Y suffers: "the execution of a Popular Mobilization operative".</summary>
    public static readonly WordSet HarmHeads = Set(
        "execution", "killing", "arrest", "capture", "detention", "kidnapping", "abduction", "targeting", "downing",
        "destruction", "elimination", "assassination", "detentions", "arrests", "killings", "surrender", "casualties",
        "losses", "fatalities", "dead", "deaths");

    /// <summary>Words before "with" that make both sides parties of one fight.</summary>
    public static readonly WordSet ClashWords = Set(
        "clashes", "clashed", "clash", "fighting", "fought", "battle", "battles", "fire", "exchanged", "exchanges",
        "confrontation", "confrontations", "engagement", "skirmishes");

    /// <summary>Words skipped when looking for the cue before a name: determiners, numbers, quantifiers.</summary>
    public static readonly WordSet Skippable = Set(
        "a", "an", "the", "its", "their", "his", "her", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "several", "some", "many", "dozens", "hundreds", "thousands", "former", "other", "others",
        "another", "one", "all", "more", "than", "about", "around", "nearly", "over", "least", "most", "few", "fifty",
        "twenty", "thirty", "forty", "hundred", "also", "reportedly", "allegedly", "still", "then", "successfully",
        "indeed", "once", "again", "later", "finally", "subsequently", "eventually");

    public static readonly WordSet Adverbs = Set(
        "also", "reportedly", "allegedly", "still", "then", "successfully", "indeed", "once", "again", "later", "finally",
        "subsequently", "eventually", "lightly", "severely", "seriously", "critically", "reportedly", "apparently",
        "probably", "all", "both", "not", "been", "being", "mostly", "mainly", "recently");

    public static readonly WordSet BeAux = Set("was", "were", "is", "are", "been", "be", "being");

    public static bool IsPastVerb(ReadOnlySpan<char> w) =>
        IrregularActive.Contains(w) ||
        (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !NonVerbEd.Contains(w) && !w.Contains('-'));

    /// <summary>Every listed word with its classes: one lookup answers for all the lists.</summary>
    private static readonly WordClassTable Classes = BuildClasses();

    private static WordClassTable BuildClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Mark(WordSet set, WordClass c)
        {
            foreach (var w in set.Words) classes[w] = classes.GetValueOrDefault(w) | c;
        }
        Mark(AgentNouns, WordClass.AgentNoun);
        Mark(GroupNouns, WordClass.GroupNoun);
        Mark(ActivityNouns, WordClass.ActivityNoun);
        Mark(TargetNouns, WordClass.TargetNoun);
        Mark(TargetCues, WordClass.TargetCue);
        Mark(HarmParticiples, WordClass.HarmParticiple);
        Mark(ClaimVerbs, WordClass.ClaimVerb);
        Mark(AgentiveNouns, WordClass.AgentiveNoun);
        Mark(RelationParticiples, WordClass.RelationParticiple);
        Mark(RelationHeads, WordClass.RelationHead);
        Mark(HarmHeads, WordClass.HarmHead);
        Mark(ClashWords, WordClass.ClashWord);
        Mark(Skippable, WordClass.Skippable);
        Mark(Adverbs, WordClass.Adverb);
        Mark(BeAux, WordClass.BeAux);
        // The past verbs that are listed words; the others (regular "-ed" forms) are told by their spelling.
        foreach (var w in IrregularActive.Words) classes[w] = classes.GetValueOrDefault(w) | WordClass.PastVerb;
        foreach (var w in NonVerbEd.Words) classes.TryAdd(w, WordClass.None);
        foreach (var (w, c) in classes.ToArray())
            if (IsPastVerb(w)) classes[w] = c | WordClass.PastVerb;
        return new WordClassTable(classes);
    }

    /// <summary>The classes of a folded word: the lists it is in, and <see cref="WordClass.PastVerb"/> when it is one.</summary>
    public static WordClass ClassOf(ReadOnlySpan<char> w)
    {
        if (Classes.TryGet(w, out var listed)) return listed;
        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !w.Contains('-') ? WordClass.PastVerb : WordClass.None;
    }
}
