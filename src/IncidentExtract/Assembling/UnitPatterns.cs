using System.Text.RegularExpressions;
using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Assembling;

internal static partial class UnitPatterns
{
    // Every match of Connector starts the text or starts at "also" (see LedPattern): the pattern is tried at the
    // start and where "also" is, not at every capital its first-letter scan stops at.
    private static readonly LedPattern AlsoLed = new(Connector(), ConnectorAt(), new(false, "also"));

    public static bool StartsWithConnector(string text) => ConnectorAt().IsMatch(text, 0) || AlsoLed.IsMatch(text);

    private const string ConnectorPattern = @"^(?:In addition|Additionally|Furthermore|Moreover|Previously|Meanwhile|In the meantime|Earlier|At the same time|Elsewhere|On the other hand)\b|\balso\b(?! (?:killed|wounded|taking part|part))";

    /// <summary>Openers that announce a further, separate event: "In addition, Russian aircraft attacked Kafrnubl".</summary>
    [GeneratedRegex(ConnectorPattern, RegexOptions.CultureInvariant)]
    public static partial Regex Connector();

    [GeneratedRegex(@"\G(?:" + ConnectorPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectorAt();

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
