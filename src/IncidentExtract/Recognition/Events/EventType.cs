namespace IncidentExtract.Recognition.Events;

/// <summary>The SPEC's event vocabulary; written in snake_case (armed_assault, suicide_bombing …).</summary>
public enum EventType
{
    ArmedAssault, Bombing, SuicideBombing, Airstrike, Shelling, Clash, Execution,
    Abduction, Arrest, Surrender, TerritoryChange, Escape, Seizure, Other,
}
