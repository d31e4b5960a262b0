using IncidentExtract.Recognition.Dates;

namespace IncidentExtract.Recognition.Numbers;

/// <summary>
/// One pass over the text, word by word: digit numbers ("44,780"), number words ("ninety-nine",
/// "One hundred", "a dozen"), vague amounts ("dozens", "several hundred"), ranges ("40-50",
/// "between 20,000 and 25,000") and hedges ("at least", "more than", "about"). Numbers inside dates,
/// ordinals, measures ("5 km", "122mm", "4,000 square kilometers"), percentages, money and bare years are skipped.
/// Stateless and thread-safe.
/// </summary>
public sealed class NumberRecognizer : INumberRecognizer
{
    private const int LongestNumberWord = 9;
    private readonly IDateRecognizer _dates;

    public NumberRecognizer() : this(new DateRecognizer()) { }

    public NumberRecognizer(IDateRecognizer dates) => _dates = dates;

    public IReadOnlyList<NumberMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Walk(text, null);
    }

    /// <summary>
    /// Like <see cref="Recognize(string)"/>, with the text's dates already recognised (in order), so a
    /// pipeline that needs both pays for date recognition once.
    /// </summary>
    public IReadOnlyList<NumberMention> Recognize(string text, IReadOnlyList<DateMention> dates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dates);
        return Walk(text, dates);
    }

    /// <summary>
    /// The walk over the words. Without <paramref name="dates"/>, they are recognised when the first word that starts a
    /// number is reached, if one is: a word that starts none is skipped alike inside a date or outside it, so the walk
    /// up to there finds the same (nothing), and many texts given to the recogniser hold no number at all.
    /// </summary>
    private List<NumberMention> Walk(string text, IReadOnlyList<DateMention>? dates)
    {
        var found = new List<NumberMention>();
        var nextDate = 0;
        // The next date's bounds in locals: the dates are read through an interface at every word.
        var (dateStart, dateEnd) = dates is { Count: > 0 } ? (dates[0].Start, dates[0].End) : (int.MaxValue, int.MaxValue);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) { i++; continue; }

            if (dates is not null)
            {
                while (dateEnd <= i)
                    (dateStart, dateEnd) = ++nextDate < dates.Count ? (dates[nextDate].Start, dates[nextDate].End) : (int.MaxValue, int.MaxValue);
                if (dateStart <= i) { i = dateEnd; continue; }
            }

            NumberPhrase? parsed;
            var skipFrom = i;
            if (char.IsAsciiDigit(c)) parsed = NumberPhrase.TryDigits(text, i);
            else
            {
                // The word's letters are read once: a word that starts no number is skipped from its end.
                skipFrom = NumberPhrase.WordEnd(text, i);
                parsed = NumberPhrase.TryWords(text, i, skipFrom, LongestNumberWord);
            }
            if (parsed is not null && dates is null)
            {
                dates = _dates.Recognize(text);
                (dateStart, dateEnd) = dates.Count > 0 ? (dates[0].Start, dates[0].End) : (int.MaxValue, int.MaxValue);
                continue; // this word again, now that the dates are known
            }
            if (parsed is { } p)
            {
                if (!p.NotACount && QualifiedMention(text, p) is { } mention) found.Add(mention);
                i = Math.Max(p.End, i + 1);
            }
            else i = SkipToken(text, skipFrom);
        }
        return found;
    }

    private static int SkipToken(string text, int i)
    {
        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
        return i;
    }

    private static NumberMention? QualifiedMention(string text, NumberPhrase p)
    {
        var (qualifier, start) = p.Vague ? (NumberQualifier.Vague, p.Start) : Hedge.Before(text, p.Start);
        int? min = p.Vague ? null : p.Value;
        int? max = p.Vague ? null : p.MaxValue ?? p.Value;
        if (qualifier is NumberQualifier.AtLeast or NumberQualifier.MoreThan) max = p.MaxValue;
        if (p.BetweenStart is { } b && b < start) start = b;
        return new NumberMention(start, p.End - start, text.Substring(start, p.End - start), min, max, qualifier);
    }
}
