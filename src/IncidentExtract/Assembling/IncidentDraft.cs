using IncidentExtract.Recognition.Events;
using IncidentExtract.Segmentation;

namespace IncidentExtract.Assembling;

/// <summary>The units of one block that tell one incident; <see cref="Index"/> is its place among the block's incidents.</summary>
public sealed record IncidentDraft(ReportNode Block, int Index, IReadOnlyList<IncidentUnit> Units)
{
    /// <summary>All units of the block up to and including this incident's last one: earlier ones anchor relative dates.</summary>
    public IReadOnlyList<IncidentUnit> BlockUnits { get; init; } = Units;

    public string Text => string.Join(" ", Units.Select(u => u.Text));

    /// <summary>
    /// The units whose events name the incident's type: its own block's. Paragraphs that continue
    /// the story ("ISIS furthermore beheaded …" after "ISIS launched an attack …") add detail, not kind.
    /// </summary>
    public IReadOnlyList<IncidentUnit> TypingUnits { get; init; } = Units;

    public EventType Type => EventTriggerRecognizer.Dominant(TypingUnits.Where(u => u.HasEvent).SelectMany(u => u.Triggers));

    public bool OnlyWeakTriggers => !Units.Any(u => u.HasEvent && u.HasStrongTrigger);
}
