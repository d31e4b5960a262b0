using IncidentExtract.Gazetteers;

namespace IncidentExtract.Recognition.Places;

/// <summary>
/// A run of text that names a gazetteer place. <see cref="Candidates"/> are all places with that name
/// (most populous first); <see cref="IsActorUse"/> marks a country named as part of an actor
/// ("Mali army", "the Iraq government"), which is not where anything happened.
/// </summary>
public sealed record PlaceMention(int Start, int Length, string AsWritten, IReadOnlyList<Place> Candidates, bool IsActorUse)
{
    public int End => Start + Length;
}
