using IncidentExtract.Recognition.Dates;

namespace IncidentExtract.Recognition.Numbers;

/// <summary>
/// A number as read at one position, before hedging words are considered. <see cref="NotACount"/>
/// marks numbers that were read only to be skipped whole (ordinals, measures, years, model names).
/// </summary>
internal readonly record struct NumberPhrase(int Start, int End, int? Value, int? MaxValue, bool Vague, bool NotACount, int? BetweenStart = null)
{
    private static NumberPhrase Skip(int start, int end) => new(start, end, null, null, false, true);

    public static NumberPhrase? TryDigits(string text, int i)
    {
        if (!TryReadDigitNumber(text, i, out var value, out var end, out var hasSeparator)) return Skip(i, end);
        var before = i > 0 ? text[i - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';

        if (before is '$' or '€' or '£' or '#' || before == '[' && after == ']') return Skip(i, end);
        if (TextScan.IsDash(before) && TextScan.LetterAt(text, i - 2)) return Skip(i, SkipWordTail(text, end)); // "Tu-22M3"
        if (char.IsLetter(after) || after is '%' || after is '.' or ':' && TextScan.DigitAt(text, end + 1)
            || TextScan.IsDash(after) && TextScan.LetterAt(text, end + 1))
            return Skip(i, SkipWordTail(text, end)); // "29th", "122mm", "99.5", "5-km"
        if (!hasSeparator && end - i == 4 && value is >= 1800 and <= 2100) return Skip(i, end);

        return WithRangeAndUnit(text, i, end, value);
    }

    // The words a number phrase can start with; most words of a text have a shape none of them has.
    private static readonly WordShapeGate StartWords = new(NumberWords.AllWords.Append("a").Append("half"));

    /// <summary>A number in words at <paramref name="i"/>, whose letters end at <paramref name="wordEnd"/>.</summary>
    public static NumberPhrase? TryWords(string text, int i, int wordEnd, int longestWord)
    {
        var len = wordEnd - i;
        if (len > longestWord) return null;
        var word = text.AsSpan(i, len);
        if (!StartWords.MayContain(word)) return null;

        if (TextScan.Is(word, "a") || TextScan.Is(word, "half")) return TryArticleAmount(text, i, wordEnd, word);
        if (NumberWords.IsVague(word)) return TryVague(text, i, wordEnd, word);
        if (!NumberWords.TryGetCardinal(word, out var value)) return null;
        if (value == 1 && TextScan.Is(TextScan.WordBefore(text, i, out _), "no")) return null; // "no one"
        if (NumberWords.IsMultiplier(value)) return null; // a bare "hundred" needs "a"/"one" before it

        var end = wordEnd;
        // "ninety-nine"; "two-day" is a measure.
        if (end < text.Length && TextScan.IsDash(text[end]) && TextScan.LetterAt(text, end + 1))
        {
            var unitEnd = WordEnd(text, end + 1);
            if (value % 10 == 0 && value >= 20 && NumberWords.TryGetCardinal(text.AsSpan(end + 1, unitEnd - end - 1), out var unit) && unit is > 0 and < 10)
            {
                value += unit;
                end = unitEnd;
            }
            else return Skip(i, unitEnd);
        }
        if (TextScan.Is(TextScan.WordAfter(text, end, out var dozenEnd), "dozen")) return WithRangeAndUnit(text, i, dozenEnd, value * 12);
        (value, end) = WithMultipliers(text, value, end);
        return WithRangeAndUnit(text, i, end, value);
    }

    /// <summary>"a dozen", "half a dozen", "a few", "a number of", "a hundred".</summary>
    private static NumberPhrase? TryArticleAmount(string text, int i, int wordEnd, ReadOnlySpan<char> word)
    {
        var next = TextScan.WordAfter(text, wordEnd, out var nextEnd);
        if (TextScan.Is(word, "half"))
        {
            if (!TextScan.Is(next, "a")) return null;
            var dozen = TextScan.WordAfter(text, nextEnd, out var dozenEnd);
            return TextScan.Is(dozen, "dozen") ? WithRangeAndUnit(text, i, dozenEnd, 6) : null;
        }
        // "a" is most often an article before some other word: only dozen, few, number, hundred, thousand and
        // million make an amount of it. (A letter outside ASCII is left to the comparisons.)
        if (next.IsEmpty || char.IsAscii(next[0]) && (next[0] | 0x20) is not ('d' or 'f' or 'n' or 'h' or 't' or 'm')) return null;
        if (TextScan.Is(next, "dozen")) return WithRangeAndUnit(text, i, nextEnd, 12);
        if (TextScan.Is(next, "few"))
            return new NumberPhrase(i, nextEnd, null, null, true, NumberUnits.IsUnit(TextScan.WordAfter(text, nextEnd, out _)));
        if (TextScan.Is(next, "number") && TextScan.Is(TextScan.WordAfter(text, nextEnd, out _), "of"))
            return new NumberPhrase(i, nextEnd, null, null, true, false);
        if (NumberWords.TryGetCardinal(next, out var m) && NumberWords.IsMultiplier(m))
        {
            var (value, end) = WithMultipliers(text, 1, wordEnd);
            return WithRangeAndUnit(text, i, end, value);
        }
        return null;
    }

    /// <summary>"several", "dozens", "several hundred", "tens of thousands".</summary>
    private static NumberPhrase? TryVague(string text, int i, int wordEnd, ReadOnlySpan<char> word)
    {
        var next = TextScan.WordAfter(text, wordEnd, out var nextEnd);
        if (TextScan.Is(word, "tens") && !TextScan.Is(next, "of")) return null;
        var end = wordEnd;
        if (NumberWords.TryGetCardinal(next, out var m) && NumberWords.IsMultiplier(m)) end = nextEnd;
        var unit = TextScan.WordAfter(text, end, out _);
        return new NumberPhrase(i, end, null, null, true, NumberUnits.IsUnit(unit));
    }

    /// <summary>"One hundred", "two thousand five hundred", "three hundred and fifty".</summary>
    private static (int Value, int End) WithMultipliers(string text, int value, int end)
    {
        while (true)
        {
            var next = TextScan.WordAfter(text, end, out var nextEnd);
            if (!NumberWords.TryGetCardinal(next, out var m) || !NumberWords.IsMultiplier(m) || value >= m) return (value, end);
            value *= m;
            end = nextEnd;
            var rest = TextScan.WordAfter(text, end, out var restEnd);
            if (TextScan.Is(rest, "and")) rest = TextScan.WordAfter(text, restEnd, out restEnd);
            if (NumberWords.TryGetCardinal(rest, out var add) && add is > 0 and < 100)
            {
                if (restEnd < text.Length && TextScan.IsDash(text[restEnd]) && add >= 20
                    && NumberWords.TryGetCardinal(text.AsSpan(restEnd + 1, WordEnd(text, restEnd + 1) - restEnd - 1), out var unit) && unit is > 0 and < 10)
                {
                    add += unit;
                    restEnd = WordEnd(text, restEnd + 1);
                }
                value += add;
                end = restEnd;
            }
        }
    }

    /// <summary>Adds a range end ("40-50", "three to four", "between 20,000 and 25,000") and rejects measures ("5 km").</summary>
    private static NumberPhrase WithRangeAndUnit(string text, int start, int end, int value)
    {
        int? max = null;
        int? betweenStart = null;
        var j = TextScan.SkipSpaces(text, end);
        var joinerEnd = -1;
        if (j < text.Length && TextScan.IsDash(text[j])) joinerEnd = j + 1;
        else
        {
            var joiner = TextScan.WordAfter(text, end, out var jEnd);
            if (TextScan.Is(joiner, "to")) joinerEnd = jEnd;
            else if (TextScan.Is(joiner, "and") && TextScan.Is(TextScan.WordBefore(text, start, out var bStart), "between"))
            {
                joinerEnd = jEnd;
                betweenStart = bStart;
            }
        }
        if (joinerEnd > 0 && TryReadAnyNumber(text, TextScan.SkipSpaces(text, joinerEnd), out var second, out var secondEnd) && second > value)
        {
            max = second;
            end = secondEnd;
        }
        else betweenStart = null;

        var unit = TextScan.WordAfter(text, end, out _);
        var notACount = NumberUnits.IsUnit(unit) || (unit.Length == 0 && TextScan.SkipSpaces(text, end) < text.Length && text[TextScan.SkipSpaces(text, end)] == '%');
        return new NumberPhrase(start, end, value, max, false, notACount, betweenStart);
    }

    private static bool TryReadAnyNumber(string text, int i, out int value, out int end)
    {
        if (TextScan.DigitAt(text, i))
            return TryReadDigitNumber(text, i, out value, out end, out _) && !TextScan.LetterAt(text, end);
        end = WordEnd(text, i);
        if (end > i && NumberWords.TryGetCardinal(text.AsSpan(i, end - i), out value) && !NumberWords.IsMultiplier(value))
        {
            (value, end) = WithMultipliers(text, value, end);
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>"17", "44,780", "1,250"; false (with the digits' end) for over-long runs.</summary>
    private static bool TryReadDigitNumber(string text, int i, out int value, out int end, out bool hasSeparator)
    {
        long v = 0;
        end = i;
        hasSeparator = false;
        var groupLength = 0;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsAsciiDigit(c))
            {
                v = v * 10 + (c - '0');
                groupLength++;
                end++;
                if (v > int.MaxValue) { value = 0; end = SkipWordTail(text, end); return false; }
            }
            // A thousands separator: exactly three digits follow, and the first group was 1-3 digits.
            else if (c == ',' && (hasSeparator ? groupLength == 3 : groupLength <= 3) && ThreeDigitsAt(text, end + 1))
            {
                hasSeparator = true;
                groupLength = 0;
                end++;
            }
            else break;
        }
        value = (int)v;
        return true;
    }

    private static bool ThreeDigitsAt(string text, int i) =>
        i + 2 < text.Length && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && !TextScan.DigitAt(text, i + 3);

    private static int SkipWordTail(string text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.' && TextScan.DigitAt(text, i + 1))) i++;
        return i;
    }

    public static int WordEnd(string text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i;
    }
}
