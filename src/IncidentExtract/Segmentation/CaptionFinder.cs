namespace IncidentExtract.Segmentation;

/// <summary>
/// Finds the lines that are image captions or map legends. Reports print each caption in several
/// forms (repeated, split before its citation, side by side with another, labelled Right:/Left:),
/// so a line is a caption when it has one of those shapes; a prose paragraph never does.
/// </summary>
internal static class CaptionFinder
{
    public static HashSet<int> Find(ReportLines lines)
    {
        var captions = new HashSet<int>();
        var keys = new CaptionKeys(lines);
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines.IsBlank(i) || lines.IsBullet(i) || lines.IsFootnote(i)) continue;
            var clean = lines.Clean(i);
            int next = lines.NextNonBlank(i);
            bool nextIsCitation = next >= 0 && lines.IsCitationOnly(next) && !lines.IsBullet(next);

            bool caption =
                (keys.Has(i) && keys.IsRepeated(i) && (KeyHasCitation(lines, i) || AdjacentCopy(lines, keys, i)))
                || LinePatterns.CaptionLabel().IsMatch(clean)
                || lines.IsSideBySide(i)
                || lines.IsCitationOnly(i)
                || (nextIsCitation && !EndsWithPeriod(clean))
                || IsSingleCaptionSentence(clean, keys.CitationStart(i));
            if (!caption) continue;
            captions.Add(i);
            if (nextIsCitation) captions.Add(next);
        }
        return captions;
    }

    // Asked only of a repeated key: most lines are unique, and their citations need not be read again.
    private static bool KeyHasCitation(ReportLines lines, int i) =>
        LinePatterns.HasTrailingCitation(lines.Raw(i)) || lines.IsCitationOnly(lines.NextNonBlank(i) is var n && n >= 0 ? n : i);

    /// <summary>
    /// Each line's caption key: its words without a trailing citation or final full stop, so split and whole
    /// copies compare equal; lines whose key is shorter than 12 characters (and bullets) have none. A key is a
    /// prefix of the line's clean form, kept as a length: most lines are unique, and a copy of each just to
    /// count it was a fifth of the segmenter's allocations.
    /// </summary>
    private sealed class CaptionKeys
    {
        private readonly ReportLines _lines;
        private readonly int[] _lengths;
        private readonly int[] _hashes;
        private readonly int[] _citationStarts;
        private readonly Dictionary<int, int> _hashCounts = [];

        public CaptionKeys(ReportLines lines)
        {
            _lines = lines;
            _lengths = new int[lines.Count];
            _hashes = new int[lines.Count];
            _citationStarts = new int[lines.Count];
            for (var i = 0; i < lines.Count; i++)
            {
                _citationStarts[i] = -1;
                if (lines.IsBlank(i) || lines.IsBullet(i)) { _lengths[i] = -1; continue; }
                var clean = lines.Clean(i);
                _citationStarts[i] = LinePatterns.TrailingCitationStart(clean);
                _lengths[i] = KeyLength(clean, _citationStarts[i]);
                if (_lengths[i] < 12) { _lengths[i] = -1; continue; }
                _hashes[i] = HashOf(Key(i));
                _hashCounts[_hashes[i]] = _hashCounts.GetValueOrDefault(_hashes[i]) + 1;
            }
        }

        public bool Has(int i) => _lengths[i] >= 0;

        /// <summary>Where the trailing citation of a line that is neither blank nor a bullet starts in its clean form
        /// (<see cref="LinePatterns.TrailingCitationStart"/>), or -1: read once for the key and the caption tests.</summary>
        public int CitationStart(int i) => _citationStarts[i];

        public bool Same(int i, int j) => Has(i) && Has(j) && Key(i).SequenceEqual(Key(j));

        /// <summary>Whether another line has the same key (line <paramref name="i"/> has one).</summary>
        public bool IsRepeated(int i)
        {
            if (_hashCounts[_hashes[i]] < 2) return false;
            for (var j = 0; j < _lengths.Length; j++)
            {
                if (j != i && _hashes[j] == _hashes[i] && Same(i, j)) return true;
            }
            return false;
        }

        /// <summary>A key's hash, from its length and its first <see cref="HashedLength"/> characters.</summary>
        /// <remarks>Keys are told apart in full by <see cref="Same"/>: the hash only has to set most apart, and a
        /// paragraph's first words with its length do, at a fraction of the cost of hashing all of it.</remarks>
        internal static int HashOf(ReadOnlySpan<char> key) =>
            HashCode.Combine(key.Length, string.GetHashCode(key[..Math.Min(key.Length, HashedLength)]));

        private const int HashedLength = 64;

        private ReadOnlySpan<char> Key(int i) => _lines.Clean(i).AsSpan(0, _lengths[i]);

        private static int KeyLength(string clean, int citationStart)
        {
            var end = clean.Length;
            if (citationStart > 0)
            {
                end = citationStart;
                while (end > 0 && char.IsWhiteSpace(clean[end - 1])) end--;
            }
            while (end > 0 && clean[end - 1] is '.' or ' ') end--;
            return end;
        }
    }

    /// <summary>
    /// One phrase closed by a citation and no full stop: "The three ISIS operatives captured by the
    /// SDF forces in the Hajin rural area (SDF Press, February 4, 2019)". Prose ends with ")." and
    /// has sentences before the citation.
    /// </summary>
    private static bool IsSingleCaptionSentence(string clean, int citationStart)
    {
        if (citationStart <= 0 || clean.EndsWith('.')) return false;
        var before = clean.AsSpan(0, citationStart);
        return !before.Contains(". ", StringComparison.Ordinal) && !before.TrimEnd().EndsWith('.');
    }

    /// <summary>
    /// A line printed twice in a row is a caption; a heading-shaped line that recurs far apart
    /// ("Salah al-Din Province" over two lists) is a heading used twice.
    /// </summary>
    private static bool AdjacentCopy(ReportLines lines, CaptionKeys keys, int i)
    {
        int next = lines.NextNonBlank(i);
        if (next >= 0 && keys.Same(next, i)) return true;
        for (int j = i - 1; j >= 0; j--)
            if (!lines.IsBlank(j)) return keys.Same(j, i);
        return false;
    }

    private static bool EndsWithPeriod(string s) => s.EndsWith('.') || s.EndsWith(".”");
}
