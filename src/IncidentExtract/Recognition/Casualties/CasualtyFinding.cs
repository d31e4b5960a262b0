namespace IncidentExtract.Recognition.Casualties;

/// <summary>What happened to the people counted: killed, wounded, captured, or a figure that mixes killed and wounded.</summary>
internal enum CasualtyKind { Killed, Wounded, Captured, KilledOrWounded }

/// <summary>
/// One casualty statement in a sentence. A known count has Min (and Max unless open-ended);
/// a vague one ("several SDF fighters were wounded") has neither and only feeds the note.
/// </summary>
internal sealed record CasualtyFinding(CasualtyKind Kind, int? Min, int? Max, bool IsVague, string NoteText);
