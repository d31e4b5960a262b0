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

    public EventType Type
    {
        get
        {
            // The typing units' triggers in order, as one sequence would give them, weighed without joining them.
            var choice = new EventTriggerRecognizer.DominantChoice();
            foreach (var unit in TypingUnits)
            {
                if (!unit.HasEvent) continue;
                for (var i = 0; i < unit.Triggers.Count; i++) choice.Add(unit.Triggers[i]);
            }
            return choice.Type;
        }
    }

    public bool OnlyWeakTriggers => !Units.Any(u => u.HasEvent && u.HasStrongTrigger);
}
