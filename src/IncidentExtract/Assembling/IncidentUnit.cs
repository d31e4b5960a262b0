using IncidentExtract.Recognition.Citations;
using IncidentExtract.Recognition.Dates;
using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Assembling;

/// <summary>
/// A sentence, or a clause of one ("…; last week an ISIS squad carried out …"), with what the
/// recognisers found in it. Offsets are in the block's text. Dates and triggers are found with the
/// citations blanked out, because a citation's date is when the source published, never the event.
/// </summary>
/// <param name="IsStatement">Whether a unit without triggers tells what people said rather than did
/// (<see cref="NonEventCues.IsStatement(string)"/>); false for a unit with triggers, of which it is never asked.</param>
/// <param name="StartsWithConnector">Whether a unit that tells an event (<see cref="HasEvent"/>) opens with a connector
/// announcing a further event (<see cref="UnitPatterns.Connector"/>); false for any other unit, of which it is never asked.</param>
public sealed record IncidentUnit(
    int Start,
    string Text,
    IReadOnlyList<EventTrigger> Triggers,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<Citation> Citations,
    bool IsNonEvent,
    bool IsStatement,
    bool StartsWithConnector,
    bool IsClause)
{
    /// <summary>For a unit with no citation of its own: the next citation of the block, which speaks for it.</summary>
    public Citation? CoveringCitation { get; init; }

    /// <summary>Its own citations, else the covering one.</summary>
    public IEnumerable<Citation> SourceCitations => Citations.Count > 0 ? Citations : CoveringCitation is { } c ? [c] : [];

    public bool HasEvent => Triggers.Count > 0 && !IsNonEvent;
    public bool HasStrongTrigger => Triggers.Any(t => !t.Weak);
    public EventType Type => EventTriggerRecognizer.Dominant(Triggers);
}
