using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace IncidentExtract.Recognition.Events;

/// <summary>
/// Several <see cref="LiteralGate"/>s answered by one pass over a text: bit <c>i</c> of
/// <see cref="Scan"/>'s answer is gate <c>i</c>'s <see cref="LiteralGate.MayMatch"/>, exactly.
/// A sentence goes past some twenty gates; one table walk costs less than twenty vectorised
/// searches whose many short words ("air", "fire", "over") keep stopping to verify candidates.
/// </summary>
/// <remarks>Every word is indexed by three of its characters in a row, folded to lower-case ASCII, space or
/// hyphen; a position of the text looks up the three characters ending there and checks the few words filed
/// there. A word is filed under its three characters least likely in running text ("mon" in "the month of",
/// not "the"): a key hit costs a comparison per word filed under it, and "the" or "in " end every few words.
/// A character of any other kind enters the key as a zero, which no filed key holds: the loop needs no
/// count of the characters since the last break.
/// The same pass can find where the leads of a set of <see cref="LedPattern"/>s start (see <see cref="LeadStarts"/>):
/// their words are filed in the same table, so a text is walked once for both.</remarks>
internal sealed class LiteralGateSet
{
    // a–z, space, hyphen as 1–28 (0 breaks a key): five bits each, so a key rolls on by a shift instead of a division.
    private const int SymbolBits = 5;
    private const int KeyLength = 3;
    private const int KeyMask = (1 << (SymbolBits * KeyLength)) - 1;

    // The words filed under key k are _entries[_firstEntry[k] .. _firstEntry[k + 1]): one flat array of values, so a
    // key hit reads two ints and a few adjacent entries, not an array object and an entry object per word.
    private readonly int[] _firstEntry = new int[KeyMask + 2];
    private readonly Entry[] _entries;
    // One bit per key: whether any word is filed there. Small enough to stay in the nearest cache, unlike _firstEntry.
    private readonly ulong[] _filed = new ulong[(KeyMask + 1) / 64];
    private readonly ulong _ignoreCaseGates;

    public LiteralGateSet(params LiteralGate[] gates) : this(gates, []) { }

    /// <param name="gates">The gates <see cref="Scan(ReadOnlySpan{char})"/> answers, one bit each.</param>
    /// <param name="leads">The leads of the patterns <see cref="Scan(ReadOnlySpan{char}, LeadStarts)"/> finds the starts of, one bit each.</param>
    public LiteralGateSet(LiteralGate[] gates, LiteralGate[] leads)
    {
        if (gates.Length > 64) throw new ArgumentException("At most 64 gates fit one mask.", nameof(gates));
        if (leads.Length > 64) throw new ArgumentException("At most 64 lead lists fit one mask.", nameof(leads));
        var filed = new List<Entry>?[KeyMask + 1];
        for (var g = 0; g < gates.Length; g++)
        {
            if (gates[g].IgnoresCase) _ignoreCaseGates |= 1UL << g;
            foreach (var word in gates[g].Words) File(filed, word, gates[g].IgnoresCase, 1UL << g, 0, nameof(gates));
        }
        for (var l = 0; l < leads.Length; l++)
            foreach (var word in leads[l].Words) File(filed, word, leads[l].IgnoresCase, 0, 1UL << l, nameof(leads));
        var entries = new List<Entry>();
        for (var k = 0; k < filed.Length; k++)
        {
            _firstEntry[k] = entries.Count;
            if (filed[k] is null) continue;
            entries.AddRange(filed[k]!);
            _filed[k >> 6] |= 1UL << k;
        }
        _firstEntry[^1] = entries.Count;
        _entries = [.. entries];
    }

    // A word both a gate's and a lead (or two gates') is one entry with all its bits: it is compared once per place.
    private static void File(List<Entry>?[] filed, string word, bool ignoreCase, ulong gate, ulong lead, string paramName)
    {
        var (key, offset) = RarestKey(word);
        if (key < 0) throw new ArgumentException($"Gate word \"{word}\" must hold three letters, spaces or hyphens in a row.", paramName);
        var list = filed[key] ??= [];
        var same = list.FindIndex(e => e.Word == word && e.IgnoreCase == ignoreCase);
        if (same < 0) list.Add(new Entry(word, offset, gate, lead, ignoreCase));
        else list[same] = list[same] with { Gate = list[same].Gate | gate, Lead = list[same].Lead | lead };
    }

    /// <summary>The gates that may match <paramref name="text"/>, one bit each, in the order given.</summary>
    public ulong Scan(ReadOnlySpan<char> text) => Scan(text, LiteralGate.HasCaseFoldOddity(text), starts: null);

    /// <summary>As <see cref="Scan(ReadOnlySpan{char})"/>, adding where the leads start to <paramref name="starts"/>
    /// (made for this text: its <see cref="LeadStarts.HasCaseFoldOddity"/> is the text's).</summary>
    public ulong Scan(ReadOnlySpan<char> text, LeadStarts starts) => Scan(text, starts.HasCaseFoldOddity, starts);

    private ulong Scan(ReadOnlySpan<char> text, bool hasCaseFoldOddity, LeadStarts? starts)
    {
        // A case-insensitive regex equates a few non-ASCII letters with ASCII ones: such a text opens every case-insensitive gate.
        var open = hasCaseFoldOddity ? _ignoreCaseGates : 0UL;
        // Without a list to add to, the leads are not looked for.
        var wantedLeads = starts is null ? 0UL : ulong.MaxValue;
        var symbols = SymbolOf;
        // Locals, not fields: the loop calls out (to compare, to add a start), after which a field would be read again.
        var entries = _entries;
        var filedKeys = _filed;
        var firstEntry = _firstEntry;
        // The symbols of the two characters before this one: each key is made afresh from three registers rather than
        // rolled on from the last, so no character waits for the key of the one before it.
        int previous = 0, beforePrevious = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var symbol = c < symbols.Length ? symbols[c] : 0;
            var key = (beforePrevious << (2 * SymbolBits)) | (previous << SymbolBits) | symbol;
            beforePrevious = previous;
            previous = symbol;
            if ((filedKeys[key >> 6] & (1UL << key)) == 0) continue;
            for (int e = firstEntry[key], end = firstEntry[key + 1]; e < end; e++)
            {
                ref readonly var entry = ref entries[e];
                // A gate already open needs no second look; a lead is wanted at every place it starts.
                if ((entry.Gate & ~open) == 0 && (entry.Lead & wantedLeads) == 0) continue;
                var start = i + 1 - KeyLength - entry.Offset;
                if (!(hasCaseFoldOddity ? entry.MatchesAt(text, start) : entry.MatchesAsciiAt(text, start))) continue;
                open |= entry.Gate;
                if ((entry.Lead & wantedLeads) != 0) starts!.Add(start, entry.Lead);
            }
        }
        return open;
    }

    // The commonest three-character runs of English prose (folded as keys are): a word avoids filing under one.
    private static readonly string[] CommonRuns =
    [
        "the", " th", "he ", "in ", " an", "and", "nd ", "ing", "ng ", " of", "of ", "ed ", "ion", "tio", "ent", " in", "on ",
        "er ", "es ", " to", "to ", "re ", "at ", "is ", "ati", "for", "ter", "con", "ere", "ver", "her", "ate", "ons", "al ",
        " co", " re", "ted", "was", "tha", "ith", "wit", "all", "res", "pro", "ers", "int", "sta", "ope", "ove", "pre", "com",
    ];

    // Space, then the letters of English from the commonest to the rarest, then the hyphen.
    private const string ByFrequency = " etaoinshrdlcumwfgypbvkjxqz-";

    /// <summary>The key of the word's run of three least likely in running text, with where it starts; -1 when it has none.
    /// A run inside a word beats one across a space ("n a" ends every "in a"), one outside
    /// <see cref="CommonRuns"/> beats one inside, and then the rarer its letters the better (the first of equals).</summary>
    private static (int Key, int Offset) RarestKey(string word)
    {
        (int Key, int Offset, int Score) best = (-1, 0, -1);
        for (var offset = 0; offset + KeyLength <= word.Length; offset++)
        {
            var key = Key(word.AsSpan(offset));
            if (key < 0) continue;
            var run = word.Substring(offset, KeyLength).ToLowerInvariant();
            var score = (run.Contains(' ') ? 0 : 1000) + (Array.IndexOf(CommonRuns, run) < 0 ? 500 : 0);
            foreach (var c in run) score += ByFrequency.IndexOf(c);
            if (score > best.Score) best = (key, offset, score);
        }
        return (best.Key, best.Offset);
    }

    private static int Key(ReadOnlySpan<char> chars)
    {
        if (chars.Length < KeyLength) return -1;
        var key = 0;
        for (var k = 0; k < KeyLength; k++)
        {
            var symbol = chars[k] < SymbolOf.Length ? SymbolOf[chars[k]] : 0;
            if (symbol == 0) return -1;
            key = (key << SymbolBits) | symbol;
        }
        return key;
    }

    // ASCII letters in either case, space and hyphen; every other character (0) breaks a key.
    private static ReadOnlySpan<byte> SymbolOf =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 0, 0, 0, 0, 0,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 0, 0, 0, 0, 0,
    ];

    /// <param name="Offset">Where in the word the characters it is filed under start.</param>
    /// <param name="Gate">The bits of the gates that hold the word (none for a lead only).</param>
    /// <param name="Lead">The bits of the lead lists that hold the word (none for a gate's word only).</param>
    private readonly record struct Entry(string Word, int Offset, ulong Gate, ulong Lead, bool IgnoreCase)
    {
        // The word's first four characters (fewer for a shorter word) as one 64-bit value, folded to lower case where it
        // ignores case, with the mask that folds a text's four characters alike (the lower-case bit, 0x20, set where the
        // word holds an ASCII letter and ignores case) and the mask that keeps only as many as the word has. A text
        // character c matches there when (c | fold) == folded, which only an ASCII letter of either case can do where
        // the word holds one; anything else must be equal. Zero masks: a word outside ASCII (none of today's), always
        // compared in full.
        private readonly ulong _headFold = Head(Word, IgnoreCase, HeadPart.Fold);
        private readonly ulong _headKeep = Head(Word, IgnoreCase, HeadPart.Keep);
        private readonly ulong _head = Head(Word, IgnoreCase, HeadPart.Value);

        /// <summary>Whether the word is spelled at <paramref name="start"/>, in any ASCII case when it ignores case.</summary>
        public bool MatchesAt(ReadOnlySpan<char> text, int start) =>
            start >= 0 && start + Word.Length <= text.Length
            && (IgnoreCase
                ? text.Slice(start, Word.Length).Equals(Word, StringComparison.OrdinalIgnoreCase)
                : text.Slice(start, Word.Length).SequenceEqual(Word));

        /// <summary>As <see cref="MatchesAt"/> for a text without a <see cref="LiteralGate.HasCaseFoldOddity"/> character, where
        /// ordinal ignore-case equality is ASCII case folding. Most places a key leads to spell another word: one read of
        /// four characters, folded and compared with the entry's own fields, turns them away without reading the word.</summary>
        public bool MatchesAsciiAt(ReadOnlySpan<char> text, int start)
        {
            if (_headKeep == 0 || !BitConverter.IsLittleEndian || start < 0 || start > text.Length - 4) return MatchesAt(text, start);
            var four = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start)));
            if (((four | _headFold) & _headKeep) != _head) return false;
            return Word.Length <= 4 || MatchesAt(text, start);
        }

        private enum HeadPart { Fold, Keep, Value }

        private static ulong Head(string word, bool ignoreCase, HeadPart part)
        {
            if (!Ascii.IsValid(word)) return 0;
            ulong head = 0;
            for (var k = 0; k < Math.Min(4, word.Length); k++)
            {
                var letter = ignoreCase && char.IsAsciiLetter(word[k]);
                ulong value = part switch
                {
                    HeadPart.Fold => letter ? 0x20UL : 0UL,
                    HeadPart.Keep => 0xFFFFUL,
                    _ => letter ? char.ToLowerInvariant(word[k]) : word[k],
                };
                head |= value << (16 * k);
            }
            return head;
        }
    }
}
