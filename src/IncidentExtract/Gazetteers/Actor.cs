namespace IncidentExtract.Gazetteers;

/// <summary>What sort of actor an entry is; roles and attribution treat them differently.</summary>
public enum ActorKind { JihadistGroup, RebelGroup, StateForce, Militia, InternationalForce, Civilians, Other }

/// <summary>One actor of the gazetteer: canonical name (as the gold files spell it), aliases, named branches.</summary>
public sealed record Actor(
    string Name,
    IReadOnlyList<string> Aliases,
    ActorKind Kind,
    string? Country,
    IReadOnlyList<string> Branches);
