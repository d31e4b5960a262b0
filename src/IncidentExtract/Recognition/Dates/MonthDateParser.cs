namespace IncidentExtract.Recognition.Dates;

/// <summary>
/// Reads the date expression around a month word: day-first ("24 May", "19-27 September 2017",
/// "5 Oct 15"), month-first with ranges and lists ("November 16-19, 2017", "June 29 and July 1, 2017",
/// "November 15, 17 and 18", "December 29, 2016-January 4, 2017"), and month-only forms
/// ("In March 2019", "in early May").
/// </summary>
internal static class MonthDateParser
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    public static DateMention? TryParse(string text, int monthStart, int month, int monthLength, bool abbreviated)
    {
        var afterMonth = monthStart + monthLength;
        return TryDayFirst(text, monthStart, month, afterMonth, abbreviated)
            ?? TryMonthFirst(text, monthStart, month, afterMonth, abbreviated);
    }

    private static DateMention? TryDayFirst(string text, int monthStart, int month, int afterMonth, bool abbreviated)
    {
        // A single space between day and month: "Deir ez-Zor 24, November 27" must not read as 24 November.
        if (monthStart < 2 || !TextScan.IsSpace(text[monthStart - 1])) return null;
        var dayEnd = monthStart - 1;
        var ofWord = TextScan.WordBefore(text, monthStart, out var ofStart);
        var viaOf = TextScan.Is(ofWord, "of") && ofStart > 0 && TextScan.IsSpace(text[ofStart - 1]);
        if (viaOf) dayEnd = ofStart - 1;
        // "18th November", "the 18th of November"
        var ordinal = dayEnd >= 3 && char.IsAsciiDigit(text[dayEnd - 3]) && text.AsSpan(dayEnd - 2, 2) is "st" or "nd" or "rd" or "th";
        if (ordinal) dayEnd -= 2;
        else if (viaOf) return null;
        if (!TryReadDayBackward(text, dayEnd, out var day, out var dayStart)) return null;

        var start = dayStart;
        int? firstDay = null;
        // "19-27 September", "2 and 3 May", "2 to 5 May": the first day of the range sits before.
        var k = dayStart;
        while (k > 0 && TextScan.IsSpace(text[k - 1])) k--;
        var joinStart = -1;
        if (k > 0 && TextScan.IsDash(text[k - 1])) joinStart = k - 1;
        else
        {
            var joiner = TextScan.WordBefore(text, k, out var joinerStart);
            if (TextScan.Is(joiner, "and") || TextScan.Is(joiner, "to")) joinStart = joinerStart;
        }
        if (joinStart > 0)
        {
            var m = joinStart;
            while (m > 0 && TextScan.IsSpace(text[m - 1])) m--;
            if (TryReadDayBackward(text, m, out var d0, out var d0Start) && d0 < day)
            {
                firstDay = d0;
                start = d0Start;
            }
        }

        var end = afterMonth;
        int? year = null;
        if (TryReadYearAfter(text, afterMonth, out var y, out var yearEnd))
        {
            year = y;
            end = yearEnd;
        }
        else if (abbreviated && TryReadTwoDigitYear(text, afterMonth, out y, out yearEnd))
        {
            year = y;
            end = yearEnd;
        }

        var to = new PartialDate(year, month, day);
        return firstDay is { } fd
            ? Mention(text, start, end, DateMentionKind.Explicit, new PartialDate(null, month, fd), to)
            : Mention(text, start, end, DateMentionKind.Explicit, to, null);
    }

    private static DateMention? TryMonthFirst(string text, int monthStart, int month, int afterMonth, bool abbreviated)
    {
        var i = TextScan.SkipSpaces(text, afterMonth);
        if (i == afterMonth || !TextScan.TryReadDigits(text, i, out var value, out var len))
            return abbreviated ? null : TryMonthOnly(text, monthStart, month, afterMonth);

        if (len == 4)
        {
            if (value is < MinYear or > MaxYear) return null;
            return Mention(text, MonthOnlyStart(text, monthStart), i + 4, DateMentionKind.Month, new PartialDate(value, month, null), null);
        }
        if (len > 2 || value is < 1 or > 31) return null;
        var dayEnd = SkipOrdinalSuffix(text, i + len);
        if (TextScan.LetterAt(text, dayEnd)) return null;
        if (TextScan.IsDash(At(text, dayEnd)) && TextScan.LetterAt(text, dayEnd + 1) && !MonthNames.TryRead(text, dayEnd + 1, out _, out _, out _))
            return null; // a day glued to a word is no day; "November 30-December 2" is a range

        var end = dayEnd;
        PartialDate? to = null;
        var endsWithYear = false;
        if (TryRangeEnd(text, dayEnd, month, value, out var rangeTo, out var rangeEnd)
            || TryListEnd(text, dayEnd, month, out rangeTo, out rangeEnd))
        {
            to = rangeTo;
            end = rangeEnd;
        }

        if (TryReadYearAfter(text, end, out var year, out var yearEnd))
        {
            end = yearEnd;
            endsWithYear = true;
            if (to is { } t) to = t with { Year = year };
        }

        var from = new PartialDate(to is null && endsWithYear ? year : null, month, value);
        if (to is null && endsWithYear && TryCrossYearEnd(text, end, out var crossTo, out var crossEnd))
        {
            to = crossTo;
            end = crossEnd;
        }
        return Mention(text, monthStart, end, DateMentionKind.Explicit, from, to);
    }

    /// <summary>"-19", " – February 6", " to June 24": the end of a range that started with a day.</summary>
    private static bool TryRangeEnd(string text, int i, int month, int firstDay, out PartialDate to, out int end)
    {
        to = default;
        end = i;
        var j = TextScan.SkipSpaces(text, i);
        if (j < text.Length && TextScan.IsDash(text[j])) j++;
        else
        {
            var joiner = TextScan.WordAfter(text, j, out var joinerEnd);
            if (!(TextScan.Is(joiner, "to") || TextScan.Is(joiner, "until") || TextScan.Is(joiner, "through"))) return false;
            j = joinerEnd;
        }
        j = TextScan.SkipSpaces(text, j);
        var endMonth = month;
        if (MonthNames.TryRead(text, j, out var m2, out var m2Len, out _))
        {
            endMonth = m2;
            j = TextScan.SkipSpaces(text, j + m2Len);
        }
        if (!TryReadDay(text, j, out var day, out var dayEnd)) return false;
        if (endMonth == month && day <= firstDay) return false;
        to = new PartialDate(null, endMonth, day);
        end = dayEnd;
        return true;
    }

    /// <summary>
    /// ", 17 and 18", " and 2", " and July 1", ", 17, 18" (the last only before a year):
    /// a list of days reads as the range from the first to the last.
    /// </summary>
    private static bool TryListEnd(string text, int i, int month, out PartialDate to, out int end)
    {
        to = default;
        end = i;
        var j = i;
        var lastDay = 0;
        var sawListDay = false;
        while (j < text.Length && text[j] == ',')
        {
            var k = TextScan.SkipSpaces(text, j + 1);
            if (!TryReadDay(text, k, out var d, out var dEnd) || At(text, dEnd) is not (',' or ' ')) break;
            lastDay = d;
            sawListDay = true;
            j = dEnd;
        }
        var afterItems = j;
        if (j < text.Length && text[j] == ',') j++;
        var joiner = TextScan.WordAfter(text, j, out var joinerEnd);
        if (TextScan.Is(joiner, "and"))
        {
            var k = TextScan.SkipSpaces(text, joinerEnd);
            var endMonth = month;
            if (MonthNames.TryRead(text, k, out var m2, out var m2Len, out _))
            {
                endMonth = m2;
                k = TextScan.SkipSpaces(text, k + m2Len);
            }
            if (TryReadDay(text, k, out var d, out var dEnd) && !(TextScan.IsSpace(At(text, dEnd)) && char.IsLower(At(text, dEnd + 1))))
            {
                to = new PartialDate(null, endMonth, d);
                end = dEnd;
                return true;
            }
        }
        if (sawListDay && TryReadYearAfter(text, afterItems, out _, out _))
        {
            to = new PartialDate(null, month, lastDay);
            end = afterItems;
            return true;
        }
        return false;
    }

    /// <summary>"-January 4, 2017" after a full date: a range across a year end.</summary>
    private static bool TryCrossYearEnd(string text, int i, out PartialDate to, out int end)
    {
        to = default;
        end = i;
        var j = TextScan.SkipSpaces(text, i);
        if (j >= text.Length || !TextScan.IsDash(text[j])) return false;
        j = TextScan.SkipSpaces(text, j + 1);
        if (!MonthNames.TryRead(text, j, out var month, out var mLen, out _)) return false;
        j = TextScan.SkipSpaces(text, j + mLen);
        if (!TryReadDay(text, j, out var day, out var dayEnd)) return false;
        int? year = null;
        end = dayEnd;
        if (TryReadYearAfter(text, dayEnd, out var y, out var yEnd))
        {
            year = y;
            end = yEnd;
        }
        to = new PartialDate(year, month, day);
        return true;
    }

    private static DateMention? TryMonthOnly(string text, int monthStart, int month, int afterMonth)
    {
        // A bare month name is a date only after a time preposition: "in June", "in early May", "mid-May".
        var start = MonthOnlyStart(text, monthStart);
        if (start == monthStart) return null;
        return Mention(text, start, afterMonth, DateMentionKind.Month, new PartialDate(null, month, null), null);
    }

    private static int MonthOnlyStart(string text, int monthStart)
    {
        var j = monthStart;
        if (j > 0 && text[j - 1] == '-') j--;
        var word = TextScan.WordBefore(text, j, out var wordStart);
        if (TextScan.Is(word, "early") || TextScan.Is(word, "late") || TextScan.Is(word, "mid") || TextScan.Is(word, "end"))
        {
            var prep = TextScan.WordBefore(text, wordStart, out var prepStart);
            return IsTimePreposition(prep) ? prepStart : wordStart;
        }
        return IsTimePreposition(word) ? wordStart : monthStart;
    }

    private static bool IsTimePreposition(ReadOnlySpan<char> word) =>
        TextScan.Is(word, "in") || TextScan.Is(word, "since") || TextScan.Is(word, "during")
        || TextScan.Is(word, "until") || TextScan.Is(word, "by") || TextScan.Is(word, "of");

    private static bool TryReadDay(string text, int i, out int day, out int end)
    {
        end = i;
        if (!TextScan.TryReadDigits(text, i, out day, out var len) || len > 2 || day is < 1 or > 31) return false;
        end = SkipOrdinalSuffix(text, i + len);
        return !TextScan.LetterAt(text, end);
    }

    /// <summary>The 1-2 digit day that ends at <paramref name="end"/>, standing alone (not "Tu-22", "2.5", "1,200").</summary>
    private static bool TryReadDayBackward(string text, int end, out int day, out int start)
    {
        day = 0;
        start = end;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]) && end - start < 3) start--;
        var len = end - start;
        if (len is < 1 or > 2) return false;
        var before = start > 0 ? text[start - 1] : ' ';
        if (char.IsLetterOrDigit(before) || before is '.' or ',' || TextScan.IsDash(before) && TextScan.LetterAt(text, start - 2)) return false;
        day = len == 1 ? text[start] - '0' : (text[start] - '0') * 10 + (text[start + 1] - '0');
        return day is >= 1 and <= 31;
    }

    /// <summary>",? 2019" right after <paramref name="i"/>.</summary>
    private static bool TryReadYearAfter(string text, int i, out int year, out int end)
    {
        year = 0;
        end = i;
        var j = i;
        if (j < text.Length && text[j] == ',') j++;
        j = TextScan.SkipSpaces(text, j);
        if (j == i || !TextScan.TryReadDigits(text, j, out year, out var len) || len != 4) return false;
        if (year is < MinYear or > MaxYear || TextScan.LetterAt(text, j + 4)) return false;
        end = j + 4;
        return true;
    }

    /// <summary>" 15" after an abbreviated month ("5 Oct 15"), not when a lowercase word follows ("3 Feb 15 people").</summary>
    private static bool TryReadTwoDigitYear(string text, int i, out int year, out int end)
    {
        year = 0;
        end = i;
        if (i >= text.Length || !TextScan.IsSpace(text[i])) return false;
        var j = i + 1;
        if (!TextScan.TryReadDigits(text, j, out var yy, out var len) || len != 2 || TextScan.LetterAt(text, j + 2)) return false;
        var k = TextScan.SkipSpaces(text, j + 2);
        if (k > j + 2 && k < text.Length && char.IsLower(text[k])) return false;
        year = yy < 70 ? 2000 + yy : 1900 + yy;
        end = j + 2;
        return true;
    }

    private static int SkipOrdinalSuffix(string text, int i)
    {
        if (i + 1 < text.Length && !TextScan.LetterAt(text, i + 2))
        {
            var suffix = text.AsSpan(i, 2);
            if (suffix is "st" or "nd" or "rd" or "th") return i + 2;
        }
        return i;
    }

    private static char At(string text, int i) => i >= 0 && i < text.Length ? text[i] : '\0';

    private static DateMention Mention(string text, int start, int end, DateMentionKind kind, PartialDate from, PartialDate? to) =>
        new(start, end - start, text.Substring(start, end - start), kind, from, to);
}
