using System.Text.RegularExpressions;
using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Assembling;

internal static partial class UnitPatterns
{
    // The words every match of Connector / Statement begins with (see LedPattern): most units hold none, and
    // where one does the pattern is tried there only, not at every word its first-letter scan stops at.
    private static readonly LedPattern ConnectorLed = new(Connector(), ConnectorAt(), new(false, "also", "In addition", "Additionally", "Furthermore",
        "Moreover", "Previously", "Meanwhile", "In the meantime", "Earlier", "At the same time", "Elsewhere", "On the other hand"));
    private static readonly LedPattern StatementLed = new(Statement(), StatementAt(), new(true, "declar", "said", "stated", "noted", "added",
        "expressed", "claim", "stressed", "boasted", "in the ITIC", "it should be noted"));

    public static bool StartsWithConnector(string text) => ConnectorLed.IsMatch(text);

    public static bool IsStatement(string text) => StatementLed.IsMatch(text);

    private const string ConnectorPattern = @"^(?:In addition|Additionally|Furthermore|Moreover|Previously|Meanwhile|In the meantime|Earlier|At the same time|Elsewhere|On the other hand)\b|\balso\b(?! (?:killed|wounded|taking part|part))";

    /// <summary>Openers that announce a further, separate event: "In addition, Russian aircraft attacked Kafrnubl".</summary>
    [GeneratedRegex(ConnectorPattern, RegexOptions.CultureInvariant)]
    public static partial Regex Connector();

    [GeneratedRegex(@"\G(?:" + ConnectorPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectorAt();

    private const string StatementPattern = @"\b(?:declar\w*|declaration|said|stated|noted|added|expressed|claims? that|stressed|boasted|in the ITIC’s assessment|it should be noted)\b";

    /// <summary>What people said rather than did: ends an incident's run of continuation sentences.</summary>
    [GeneratedRegex(StatementPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Statement();

    [GeneratedRegex(@"\G(?:" + StatementPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatementAt();

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
