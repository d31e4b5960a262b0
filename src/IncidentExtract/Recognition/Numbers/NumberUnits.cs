using System.Collections.Frozen;

namespace IncidentExtract.Recognition.Numbers;

/// <summary>Words after a number that make it a measure, not a count of people ("5 km", "three hours").</summary>
internal static class NumberUnits
{
    private static readonly FrozenSet<string> Units = new[]
    {
        "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "square", "sq", "meter", "meters", "metre", "metres",
        "m", "mm", "cm", "mile", "miles", "kg", "ton", "tons", "tonnes", "degrees",
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "decade", "decades", "century", "centuries",
        "percent", "per", "dollars", "dollar", "usd", "euros", "pounds", "times", "am", "pm", "o", "oclock",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsUnit(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
