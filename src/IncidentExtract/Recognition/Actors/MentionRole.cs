namespace IncidentExtract.Recognition.Actors;

/// <summary>What one mention's place in its sentence says about the actor.</summary>
internal enum MentionRole
{
    /// <summary>Nothing can be read from where it stands.</summary>
    Neutral,
    /// <summary>Did it: subject of an action, agent of a passive, the one surrendered to.</summary>
    Agent,
    /// <summary>Named as the owner of an attack ("an ISIS suicide bombing attack"); weaker than a subject.</summary>
    AgentNominal,
    /// <summary>Speaks about it: "ISIS announced", "According to ISIS".</summary>
    Claimant,
    /// <summary>Suffered it.</summary>
    Target,
    /// <summary>A side of a clash with no initiator: "clashes between X and Y".</summary>
    ClashParty,
    /// <summary>Helped ("with the support of X") or stands behind ("X-affiliated", "spies of X").</summary>
    Support,
}

/// <summary>A mention with the role read from its sentence; a value, made for every mention of every incident.</summary>
internal readonly record struct RoledMention(ActorMention Mention, MentionRole Role, bool ClaimsResponsibility = false);
