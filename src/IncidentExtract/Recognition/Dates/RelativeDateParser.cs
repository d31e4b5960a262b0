using IncidentExtract.Recognition.Numbers;

namespace IncidentExtract.Recognition.Dates;

/// <summary>
/// Reads dates relative to the report or to an earlier date, anchored on the words "week" and "day"
/// so that the scan only looks where those words occur: "this week", "last week", "two days earlier",
/// "the following day", "on Monday".
/// </summary>
internal static class RelativeDateParser
{
    // With invariant globalization, string.IndexOf(…, OrdinalIgnoreCase) falls back to a scalar loop;
    // a SearchValues search has the same meaning and is vectorised.
    private static readonly System.Buffers.SearchValues<string> Week =
        System.Buffers.SearchValues.Create(["week"], StringComparison.OrdinalIgnoreCase);

    private static int IndexOfWeek(string text, int from)
    {
        if (from >= text.Length) return -1;
        var hit = text.AsSpan(from).IndexOfAny(Week);
        return hit < 0 ? -1 : from + hit;
    }

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static void AddWeekMentions(string text, List<DateMention> into)
    {
        for (var at = IndexOfWeek(text, 0); at >= 0; at = IndexOfWeek(text, at + 4))
        {
            if (TextScan.LetterAt(text, at - 1) || TextScan.LetterAt(text, at + 4)) continue;
            var w1 = TextScan.WordBefore(text, at, out var w1Start);
            var w2 = TextScan.WordBefore(text, w1Start, out var w2Start);
            var the = TextScan.Is(w2, "the");
            DateMentionKind? kind = null;
            var start = w1Start;
            if (TextScan.Is(w1, "this")) kind = DateMentionKind.ThisWeek;
            else if (TextScan.Is(w1, "passing") || TextScan.Is(w1, "past"))
            {
                if (the || TextScan.Is(w2, "this")) (kind, start) = (DateMentionKind.ThisWeek, w2Start);
            }
            // "over the last week" means the week just past; a bare "last week" the one before the report's.
            else if (TextScan.Is(w1, "last")) (kind, start) = the ? (DateMentionKind.ThisWeek, w2Start) : (DateMentionKind.LastWeek, w1Start);
            else if (TextScan.Is(w1, "previous") && the) (kind, start) = (DateMentionKind.LastWeek, w2Start);
            if (kind is { } k) into.Add(Mention(text, start, at + 4, k));
        }
    }

    public static void AddDayMentions(string text, List<DateMention> into)
    {
        for (var at = text.IndexOf("day", StringComparison.Ordinal); at >= 0;
             at = text.IndexOf("day", at + 3, StringComparison.Ordinal))
        {
            var wordEnd = at + 3;
            var plural = wordEnd < text.Length && text[wordEnd] == 's';
            if (plural) wordEnd++;
            if (TextScan.LetterAt(text, wordEnd)) continue;
            if (TextScan.LetterAt(text, at - 1))
            {
                TryAddWeekday(text, at, into);
                continue;
            }
            TryAddRelativeDays(text, at, wordEnd, into);
        }
    }

    private static void TryAddWeekday(string text, int dayAt, List<DateMention> into)
    {
        var wordStart = dayAt;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        var word = text.AsSpan(wordStart, dayAt + 3 - wordStart);
        for (var d = 0; d < Weekdays.Length; d++)
        {
            if (!word.SequenceEqual(Weekdays[d])) continue;
            var prep = TextScan.WordBefore(text, wordStart, out var prepStart);
            var start = TextScan.Is(prep, "on") || TextScan.Is(prep, "last") || TextScan.Is(prep, "this") ? prepStart : wordStart;
            into.Add(Mention(text, start, dayAt + 3, DateMentionKind.Weekday) with { Weekday = (DayOfWeek)d });
            return;
        }
    }

    private static void TryAddRelativeDays(string text, int dayAt, int wordEnd, List<DateMention> into)
    {
        var before = TextScan.WordBefore(text, dayAt, out var beforeStart);
        var after = TextScan.WordAfter(text, wordEnd, out var afterEnd);
        var direction = Direction(after);

        if (direction != 0)
        {
            // "two days earlier", "a day later", "3 days after"
            int count;
            var start = beforeStart;
            if (TextScan.Is(before, "a") || TextScan.Is(before, "one")) count = 1;
            else if (before.Length > 0 && NumberWords.TryGetCardinal(before, out var n) && n is > 0 and < 100) count = n;
            else if (before.Length == 0 && TryDigitsBefore(text, dayAt, out n, out var digitsStart)) (count, start) = (n, digitsStart);
            else if (TextScan.Is(before, "the") && !TextScan.Is(after, "earlier") && !TextScan.Is(after, "later")) count = 1; // "the day before"
            else return;
            into.Add(Mention(text, start, afterEnd, DateMentionKind.RelativeDays) with { DayOffset = direction * count });
            return;
        }

        // "the following day", "the next day", "the previous day"
        var offset = TextScan.Is(before, "following") || TextScan.Is(before, "next") ? 1
            : TextScan.Is(before, "previous") || TextScan.Is(before, "preceding") ? -1 : 0;
        if (offset == 0 || wordEnd != dayAt + 3) return;
        var the = TextScan.WordBefore(text, beforeStart, out var theStart);
        if (!TextScan.Is(the, "the")) return;
        into.Add(Mention(text, theStart, dayAt + 3, DateMentionKind.RelativeDays) with { DayOffset = offset });
    }

    private static int Direction(ReadOnlySpan<char> word) =>
        TextScan.Is(word, "earlier") || TextScan.Is(word, "before") ? -1
        : TextScan.Is(word, "later") || TextScan.Is(word, "after") || TextScan.Is(word, "afterwards") ? 1
        : 0;

    private static bool TryDigitsBefore(string text, int end, out int value, out int start)
    {
        value = 0;
        var i = end;
        while (i > 0 && TextScan.IsSpace(text[i - 1])) i--;
        start = i;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]) && i - start < 3) start--;
        return start < i && !TextScan.LetterAt(text, start - 1) && TextScan.TryReadDigits(text, start, out value, out _) && value > 0;
    }

    private static DateMention Mention(string text, int start, int end, DateMentionKind kind) =>
        new(start, end - start, text.Substring(start, end - start), kind);
}
