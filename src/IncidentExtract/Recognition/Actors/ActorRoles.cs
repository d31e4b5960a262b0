using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Recognition.Actors;

/// <summary>How the perpetrator is known (the SPEC's attribution field).</summary>
public enum Attribution
{
    /// <summary>No perpetrator.</summary>
    None,
    /// <summary>The actor says so: "ISIS claimed responsibility", "the Iraqi army announced that its forces …".</summary>
    Claimed,
    /// <summary>The text says the actor did it.</summary>
    Reported,
    /// <summary>The text suspects the actor: "ISIS is most likely behind it".</summary>
    Suspected,
    /// <summary>Only the context (heading, lead-in, the bullet's opening sentence) names the actor.</summary>
    Inferred,
}

/// <summary>
/// What the role resolver reads: the incident's own sentences, the whole block (bullet or paragraph)
/// holding them, the headings above it (outermost first), the lead-in of a nested bullet list
/// ("ISIS’s “routine” attacks … continued. Following are the main operations:"), and the event type.
/// </summary>
public sealed record ActorContext(
    string IncidentText,
    string BlockText,
    IReadOnlyList<string> Section,
    string? LeadIn,
    EventType EventType);

/// <summary>Who did it (canonical actor name and branch), how we know, and to whom.</summary>
public sealed record ActorRoles(string? Perpetrator, string? PerpetratorBranch, Attribution Attribution, string? Target)
{
    public static ActorRoles Nobody { get; } = new(null, null, Attribution.None, null);
}
