namespace IncidentExtract.Recognition.Casualties;

/// <summary>
/// People killed, wounded and captured in one incident. Min without Max means "at least";
/// <see cref="Note"/> holds what the numbers could not ("22 killed and wounded", "several wounded",
/// a second account's figures).
/// </summary>
public sealed record CasualtyCount(int? KilledMin, int? KilledMax, int? WoundedMin, int? WoundedMax, int? Captured, string? Note)
{
    public static readonly CasualtyCount None = new(null, null, null, null, null, null);
}
