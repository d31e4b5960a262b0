using System.Collections.Frozen;

namespace IncidentExtract.Recognition.Numbers;

/// <summary>The English cardinal words, looked up without allocating (span lookups, case-insensitive).</summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Cardinals = BuildCardinals();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CardinalLookup =
        Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that give a count of people without a number: "dozens of", "several", "hundreds".
    private static readonly FrozenSet<string> VagueWords = new[]
    {
        "dozens", "several", "many", "scores", "hundreds", "thousands", "numerous", "tens",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VagueLookup =
        VagueWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every word known here: the cardinals and the vague amounts.</summary>
    public static IEnumerable<string> AllWords => Cardinals.Keys.Concat(VagueWords);

    /// <summary>"one" … "ninety", plus "hundred"/"thousand" as multipliers (value 100/1000).</summary>
    public static bool TryGetCardinal(ReadOnlySpan<char> word, out int value) => CardinalLookup.TryGetValue(word, out value);

    public static bool IsVague(ReadOnlySpan<char> word) => VagueLookup.Contains(word);

    public static bool IsMultiplier(int value) => value is 100 or 1000 or 1_000_000;

    private static FrozenDictionary<string, int> BuildCardinals()
    {
        string[] units =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        string[] tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < units.Length; i++) map[units[i]] = i;
        for (var i = 2; i < tens.Length; i++) map[tens[i]] = i * 10;
        map["fourty"] = 40;
        map["hundred"] = 100;
        map["thousand"] = 1000;
        map["million"] = 1_000_000;
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
