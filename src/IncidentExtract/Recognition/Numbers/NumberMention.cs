namespace IncidentExtract.Recognition.Numbers;

/// <summary>How a count was hedged: "at least 23", "more than 600", "about 40-50", "dozens".</summary>
public enum NumberQualifier { Exact, AtLeast, MoreThan, About, Vague }

/// <summary>
/// A count of things (people, vehicles …) as written, qualifier words included in the span.
/// Exact/About give Min and Max (equal unless a range); AtLeast/MoreThan give Min only; Vague gives neither.
/// </summary>
public sealed record NumberMention(int Start, int Length, string Text, int? Min, int? Max, NumberQualifier Qualifier)
{
    public int End => Start + Length;
}

/// <summary>Finds counts in a text, in order of position; dates, ordinals, measures, money and years are not counts.</summary>
public interface INumberRecognizer
{
    IReadOnlyList<NumberMention> Recognize(string text);
}
