using IncidentExtract.Recognition.Numbers;

namespace IncidentExtract.Recognition.Casualties;

/// <summary>The words the casualty patterns are built from (all compared case-insensitively).</summary>
internal static class CasualtyLexicon
{
    private static WordSet Set(params string[] words) => new(words);

    /// <summary>Past participles after a passive auxiliary ("were killed", "was detained").</summary>
    public static readonly WordMap<CasualtyKind> Participles = new(new Dictionary<string, CasualtyKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = CasualtyKind.Killed, ["executed"] = CasualtyKind.Killed, ["beheaded"] = CasualtyKind.Killed,
        ["slain"] = CasualtyKind.Killed, ["murdered"] = CasualtyKind.Killed, ["assassinated"] = CasualtyKind.Killed,
        ["wounded"] = CasualtyKind.Wounded, ["injured"] = CasualtyKind.Wounded, ["hurt"] = CasualtyKind.Wounded,
        ["detained"] = CasualtyKind.Captured, ["arrested"] = CasualtyKind.Captured, ["captured"] = CasualtyKind.Captured,
        ["kidnapped"] = CasualtyKind.Captured, ["abducted"] = CasualtyKind.Captured, ["apprehended"] = CasualtyKind.Captured,
    });

    /// <summary>Active verb forms that take the victims as object ("killing seven ISIS operatives").</summary>
    public static readonly WordMap<CasualtyKind> ActiveVerbs = new(new Dictionary<string, CasualtyKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = CasualtyKind.Killed, ["killing"] = CasualtyKind.Killed, ["kill"] = CasualtyKind.Killed, ["kills"] = CasualtyKind.Killed,
        ["executed"] = CasualtyKind.Killed, ["executing"] = CasualtyKind.Killed, ["beheaded"] = CasualtyKind.Killed, ["beheading"] = CasualtyKind.Killed,
        ["murdered"] = CasualtyKind.Killed, ["assassinated"] = CasualtyKind.Killed,
        ["wounded"] = CasualtyKind.Wounded, ["wounding"] = CasualtyKind.Wounded, ["injured"] = CasualtyKind.Wounded, ["injuring"] = CasualtyKind.Wounded,
        ["detained"] = CasualtyKind.Captured, ["detaining"] = CasualtyKind.Captured, ["arrested"] = CasualtyKind.Captured, ["arresting"] = CasualtyKind.Captured,
        ["captured"] = CasualtyKind.Captured, ["capturing"] = CasualtyKind.Captured, ["kidnapped"] = CasualtyKind.Captured, ["kidnapping"] = CasualtyKind.Captured,
        ["abducted"] = CasualtyKind.Captured, ["abducting"] = CasualtyKind.Captured,
    });

    /// <summary>Nouns naming the event, with the victims after "of" ("the killing of two members").</summary>
    public static readonly WordMap<CasualtyKind> EventNouns = new(new Dictionary<string, CasualtyKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["killing"] = CasualtyKind.Killed, ["execution"] = CasualtyKind.Killed, ["murder"] = CasualtyKind.Killed,
        ["assassination"] = CasualtyKind.Killed, ["beheading"] = CasualtyKind.Killed,
        ["wounding"] = CasualtyKind.Wounded,
        ["arrest"] = CasualtyKind.Captured, ["detention"] = CasualtyKind.Captured, ["capture"] = CasualtyKind.Captured,
        ["kidnapping"] = CasualtyKind.Captured, ["abduction"] = CasualtyKind.Captured,
    });

    /// <summary>Words after a number that state the casualties themselves ("14 dead", "11 fatalities").</summary>
    public static readonly WordMap<CasualtyKind> CountNouns = new(new Dictionary<string, CasualtyKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["dead"] = CasualtyKind.Killed, ["killed"] = CasualtyKind.Killed, ["fatalities"] = CasualtyKind.Killed, ["deaths"] = CasualtyKind.Killed,
        ["wounded"] = CasualtyKind.Wounded, ["injured"] = CasualtyKind.Wounded, ["injuries"] = CasualtyKind.Wounded,
        ["casualties"] = CasualtyKind.KilledOrWounded,
    });

    public static readonly WordSet PassiveAuxiliaries = Set("was", "were", "been", "be", "being", "is", "are", "got");
    public static readonly WordSet PerfectAuxiliaries = Set("had", "has", "have", "having", "will", "would");

    /// <summary>Adverbs that may sit inside a verb group ("was severely wounded", "reportedly surrendered").</summary>
    public static readonly WordSet Adverbs = Set(
        "also", "reportedly", "allegedly", "severely", "seriously", "lightly", "critically", "moderately", "slightly",
        "badly", "fatally", "mortally", "all", "later", "then", "subsequently", "eventually", "apparently", "probably",
        "reported", "just", "already", "thereby", "both", "immediately", "previously", "recently");

    /// <summary>Words that end a noun phrase read backwards from its verb (a new clause starts there).</summary>
    public static readonly WordSet ClauseStarts = Set(
        "that", "which", "who", "whom", "whose", "when", "while", "after", "before", "because", "since", "although",
        "though", "where", "as", "if", "but", "so", "whereas", "thereby", "whether", "once", "until", "than");

    /// <summary>Words that end an object read forwards from its verb.</summary>
    public static readonly WordSet ObjectEnds = Set(
        "in", "at", "near", "during", "on", "from", "by", "after", "while", "who", "which", "that", "since", "when",
        "thereby", "including", "as", "for", "into", "inside", "outside", "with", "along", "across", "to", "are", "were",
        "was", "is", "had", "have", "has", "whom", "whose", "before", "because", "but", "so", "between", "among", "amid",
        "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "following", "about", "around");

    /// <summary>First words of an inserted breakdown or addition that is not part of the counted subject.</summary>
    public static readonly WordSet AppositiveStarts = Set("including", "along", "among", "mostly", "mainly", "most", "all", "both", "together", "plus", "excluding");

    /// <summary>Words before an active verb that make it an aim, not an event ("with the aim of capturing").</summary>
    public static readonly WordSet IntentMarkers = Set(
        "to", "of", "attempt", "attempted", "tried", "trying", "order", "intended", "intending", "planned", "planning",
        "sought", "seeking", "aim", "aimed", "not", "never", "threatened", "threatening", "failed");

    /// <summary>Verbs meaning a party took losses, whose object is only a vague casualty figure.</summary>
    public static readonly WordSet LossVerbs = Set("sustained", "suffered", "caused", "inflicted", "incurred", "sustaining", "suffering", "causing");
    public static readonly WordSet LossNouns = Set("casualties", "losses", "fatalities", "deaths", "injuries");

    public static readonly WordSet Prepositions = Set(
        "of", "in", "with", "from", "at", "on", "near", "by", "to", "for", "inside", "outside", "who", "which", "that",
        "accompanying", "visiting", "carrying", "belonging", "traveling", "travelling", "serving", "numbering", "riding",
        "wearing", "guarding", "working", "manning", "staying", "living", "operating", "standing", "heading", "driving");

    /// <summary>
    /// Every word a clause of <see cref="CasualtyClauseFinder"/> can start on (its auxiliary, verb, event noun,
    /// "no", "lives" …): a word outside this set starts none, so the finder tries no pattern on it.
    /// </summary>
    public static readonly WordSet ClauseHeads = new(PassiveAuxiliaries
        .Concat(ActiveVerbs.Keys).Concat(EventNouns.Keys).Concat(LossVerbs)
        .Concat(["no", "without", "surrendered", "died", "perished", "succumbed", "turned", "handed", "gave", "lost", "lives"]));

    /// <summary>Whether <paramref name="token"/> is a word of <see cref="ClauseHeads"/>.</summary>
    public static bool IsClauseHead(Token token) =>
        token.Kind == TokenKind.Word && ClauseHeads.Contains(token.Span); // the set tests the word's shape before its hash
}
