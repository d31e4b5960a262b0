using IncidentExtract.Recognition.Dates;

namespace IncidentExtract.Recognition.Numbers;

/// <summary>The hedging words before a number: "at least", "more than", "about", "a total of".</summary>
internal static class Hedge
{
    public static (NumberQualifier Qualifier, int Start) Before(string text, int numberStart)
    {
        var w1 = TextScan.WordBefore(text, numberStart, out var w1Start);
        if (w1.IsEmpty) return (NumberQualifier.Exact, numberStart);
        var w2 = TextScan.WordBefore(text, w1Start, out var w2Start);
        var w3 = TextScan.WordBefore(text, w2Start, out var w3Start);

        if (TextScan.Is(w1, "least") && TextScan.Is(w2, "at")) return (NumberQualifier.AtLeast, w2Start);
        if (TextScan.Is(w1, "than") && (TextScan.Is(w2, "more") || TextScan.Is(w2, "greater"))) return (NumberQualifier.MoreThan, w2Start);
        if (TextScan.Is(w1, "of") && (TextScan.Is(w2, "upwards") || TextScan.Is(w2, "excess") && TextScan.Is(w3, "in")))
            return (NumberQualifier.MoreThan, TextScan.Is(w2, "excess") ? w3Start : w2Start);
        if (TextScan.Is(w1, "over") && IsTakeOver(w2)) return (NumberQualifier.Exact, numberStart); // "took over 3 villages"
        if (TextScan.Is(w1, "over") || TextScan.Is(w1, "some") || TextScan.Is(w1, "exceeds") || TextScan.Is(w1, "exceeding")
            || TextScan.Is(w1, "exceeded"))
            return (NumberQualifier.MoreThan, w1Start);
        if (TextScan.Is(w1, "about") || TextScan.Is(w1, "around") || TextScan.Is(w1, "approximately") || TextScan.Is(w1, "nearly")
            || TextScan.Is(w1, "almost") || TextScan.Is(w1, "roughly") || TextScan.Is(w1, "circa"))
            return (NumberQualifier.About, w1Start);
        if (TextScan.Is(w1, "estimated") && TextScan.Is(w2, "an")) return (NumberQualifier.About, w2Start);
        if (TextScan.Is(w1, "of") && TextScan.Is(w2, "total") && TextScan.Is(w3, "a")) return (NumberQualifier.Exact, w3Start);
        return (NumberQualifier.Exact, numberStart);
    }

    private static bool IsTakeOver(ReadOnlySpan<char> verb) =>
        TextScan.Is(verb, "took") || TextScan.Is(verb, "taken") || TextScan.Is(verb, "take") || TextScan.Is(verb, "takes")
        || TextScan.Is(verb, "taking") || TextScan.Is(verb, "handed") || TextScan.Is(verb, "hand");
}
