using System.Text.RegularExpressions;
using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Assembling;

internal static partial class UnitPatterns
{
    // The words every match of Connector / Statement spells (see LiteralGate): most units hold none.
    private static readonly LiteralGate ConnectorWords = new(false, "also", "In addition", "Additionally", "Furthermore", "Moreover",
        "Previously", "Meanwhile", "In the meantime", "Earlier", "At the same time", "Elsewhere", "On the other hand");
    private static readonly LiteralGate StatementWords = new(true, "declar", "said", "stated", "noted", "added", "expressed", "claim",
        "stressed", "boasted", "assessment");

    public static bool StartsWithConnector(string text) => ConnectorWords.MayMatch(text) && Connector().IsMatch(text);

    public static bool IsStatement(string text) => StatementWords.MayMatch(text) && Statement().IsMatch(text);

    /// <summary>Openers that announce a further, separate event: "In addition, Russian aircraft attacked Kafrnubl".</summary>
    [GeneratedRegex(@"^(?:In addition|Additionally|Furthermore|Moreover|Previously|Meanwhile|In the meantime|Earlier|At the same time|Elsewhere|On the other hand)\b|\balso\b(?! (?:killed|wounded|taking part|part))",
        RegexOptions.CultureInvariant)]
    public static partial Regex Connector();

    /// <summary>What people said rather than did: ends an incident's run of continuation sentences.</summary>
    [GeneratedRegex(@"\b(?:declar\w*|declaration|said|stated|noted|added|expressed|claims? that|stressed|boasted|in the ITIC’s assessment|it should be noted)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Statement();

    /// <summary>Clause seams inside one sentence that can separate two events.</summary>
    [GeneratedRegex(@"; (?:and )?|, and that |, and (?=(?:also )?[a-z]+ed\b(?! (?:him|her|them|it)\b))", RegexOptions.CultureInvariant)]
    public static partial Regex ClauseSeam();

    /// <summary>A sentence about "the airstrike", "the attack", "the operation" already told.</summary>
    [GeneratedRegex(@"^(?:\w+, )?The (?:airstrikes?|attacks?|explosions?|blasts?|operation|ambush|bombing|fighting|clashes|fire)\b", RegexOptions.CultureInvariant)]
    public static partial Regex BackReference();

    /// <summary>A paragraph that is one long quotation: what someone said, not what happened.</summary>
    [GeneratedRegex(@"^[“""].*[”""]\.?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    public static partial Regex Quotation();
}
