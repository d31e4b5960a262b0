using IncidentExtract.Recognition.Events;
using IncidentExtract.Segmentation;

namespace IncidentExtract.Assembling;

/// <summary>The units of one block that tell one incident; <see cref="Index"/> is its place among the block's incidents.</summary>
public sealed record IncidentDraft(ReportNode Block, int Index, IReadOnlyList<IncidentUnit> Units)
{
    /// <summary>All units of the block up to and including this incident's last one: earlier ones anchor relative dates.</summary>
    public IReadOnlyList<IncidentUnit> BlockUnits { get; init; } = Units;

    /// <summary>The units' texts joined by single spaces.</summary>
    public string Text
    {
        get
        {
            // Measured, then written once: no iterator and no growing buffer, and a draft of one unit is that unit's text.
            if (Units.Count == 0) return "";
            if (Units.Count == 1) return Units[0].Text;
            var length = Units.Count - 1;
            for (var i = 0; i < Units.Count; i++) length += Units[i].Text.Length;
            return string.Create(length, Units, static (joined, units) =>
            {
                var at = 0;
                for (var i = 0; i < units.Count; i++)
                {
                    if (i > 0) joined[at++] = ' ';
                    units[i].Text.CopyTo(joined[at..]);
                    at += units[i].Text.Length;
                }
            });
        }
    }

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
