using IncidentExtract.Gazetteers;

namespace IncidentExtract.Recognition.Actors;

/// <summary>An actor named in a text: where, which gazetteer actor, and the branch when a named sub-unit was used.</summary>
public sealed record ActorMention(int Start, int Length, Actor Actor, string? Branch)
{
    public int End => Start + Length;
}
