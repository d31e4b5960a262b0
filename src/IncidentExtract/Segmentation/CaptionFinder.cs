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
        var keyCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new string?[lines.Count];
        var keyHasCitation = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines.IsBlank(i) || lines.Bullet(i) is not null) continue;
            var key = CaptionKey(lines.Clean(i));
            if (key.Length < 12) continue;
            keys[i] = key;
            keyHasCitation[i] = LinePatterns.HasTrailingCitation(lines.Raw[i]) || lines.IsCitationOnly(lines.NextNonBlank(i) is var n && n >= 0 ? n : i);
            keyCounts[key] = keyCounts.GetValueOrDefault(key) + 1;
        }

        for (int i = 0; i < lines.Count; i++)
        {
            if (lines.IsBlank(i) || lines.Bullet(i) is not null || lines.IsFootnote(i)) continue;
            var raw = lines.Raw[i];
            var clean = lines.Clean(i);
            int next = lines.NextNonBlank(i);
            bool nextIsCitation = next >= 0 && lines.IsCitationOnly(next) && lines.Bullet(next) is null;

            bool caption =
                (keys[i] is { } key && keyCounts[key] > 1 && (keyHasCitation[i] || AdjacentCopy(lines, keys, i)))
                || LinePatterns.CaptionLabel().IsMatch(clean)
                || LinePatterns.IsSideBySide(raw)
                || lines.IsCitationOnly(i)
                || (nextIsCitation && !EndsWithPeriod(clean))
                || IsSingleCaptionSentence(clean);
            if (!caption) continue;
            captions.Add(i);
            if (nextIsCitation) captions.Add(next);
        }
        return captions;
    }

    /// <summary>The caption's words without its trailing citation, so split and whole copies compare equal.</summary>
    private static string CaptionKey(string clean)
    {
        var m = LinePatterns.MatchTrailingCitation(clean);
        if (m.Success && m.Index > 0) clean = clean[..m.Index].TrimEnd();
        return clean.TrimEnd('.', ' ');
    }

    /// <summary>
    /// One phrase closed by a citation and no full stop: "The three ISIS operatives captured by the
    /// SDF forces in the Hajin rural area (SDF Press, February 4, 2019)". Prose ends with ")." and
    /// has sentences before the citation.
    /// </summary>
    private static bool IsSingleCaptionSentence(string clean)
    {
        var m = LinePatterns.MatchTrailingCitation(clean);
        if (!m.Success || m.Index == 0 || clean.EndsWith('.')) return false;
        var before = clean[..m.Index];
        return !before.Contains(". ") && !before.TrimEnd().EndsWith('.');
    }

    /// <summary>
    /// A line printed twice in a row is a caption; a heading-shaped line that recurs far apart
    /// ("Salah al-Din Province" over two lists) is a heading used twice.
    /// </summary>
    private static bool AdjacentCopy(ReportLines lines, string?[] keys, int i)
    {
        int next = lines.NextNonBlank(i);
        if (next >= 0 && keys[next] == keys[i]) return true;
        for (int j = i - 1; j >= 0; j--)
            if (!lines.IsBlank(j)) return keys[j] == keys[i];
        return false;
    }

    private static bool EndsWithPeriod(string s) => s.EndsWith('.') || s.EndsWith(".”");
}
