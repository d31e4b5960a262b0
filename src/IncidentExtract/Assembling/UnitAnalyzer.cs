using IncidentExtract.Recognition.Citations;
using IncidentExtract.Recognition.Dates;
using IncidentExtract.Recognition.Events;
using IncidentExtract.Segmentation;

namespace IncidentExtract.Assembling;

/// <summary>
/// Cuts a block into units (sentences, and clauses where one sentence tells two events) and
/// runs the recognisers over each. Stateless and thread-safe.
/// </summary>
public sealed class UnitAnalyzer(EventTriggerRecognizer triggers, IDateRecognizer dates, CitationParser citations)
{
    public IReadOnlyList<IncidentUnit> Analyze(string blockText)
    {
        var blockCitations = citations.Parse(blockText).Where(c => c.Sources.Count > 0).ToList();
        var masked = Mask(blockText, blockCitations);
        var units = new List<IncidentUnit>();
        // A paragraph that is one quotation reports words, not events.
        bool quotation = UnitPatterns.Quotation().IsMatch(blockText);
        // "In the interview, ISIS’s military bureau commander noted that …": a block opened by an
        // interview, assessment or infographic goes on reporting it, not events.
        bool reportedSpeech = SentenceSplitter.Split(blockText) is [var opening, ..] && NonEventCues.IsCommunication(opening.Of(masked));
        foreach (var sentence in SentenceSplitter.Split(blockText))
        {
            bool sentenceIsNonEvent = quotation || reportedSpeech || NonEventCues.IsNonEvent(sentence.Of(masked));
            bool first = true;
            foreach (var clause in sentenceIsNonEvent ? [sentence] : Clauses(masked, sentence))
            {
                var unit = Build(blockText, masked, clause, blockCitations, isClause: !first);
                units.Add(sentenceIsNonEvent ? unit with { IsNonEvent = true } : unit);
                first = false;
            }
        }
        return CoverWithFollowingCitations(units, blockCitations);
    }

    private IncidentUnit Build(string text, string masked, TextSpan span, List<Citation> blockCitations, bool isClause)
    {
        var maskedText = span.Of(masked);
        var found = triggers.Recognize(maskedText)
            .Where(t => !NonEventCues.IsIntended(maskedText, t.Start))
            .ToList();
        var dateMentions = dates.Recognize(maskedText);
        var unitCitations = blockCitations.Where(c => c.Start >= span.Start && c.Start < span.End).ToList();
        return new IncidentUnit(
            span.Start,
            span.Of(text),
            found,
            dateMentions,
            unitCitations,
            IsNonEvent: NonEventCues.IsNonEvent(maskedText),
            IsStatement: UnitPatterns.Statement().IsMatch(maskedText),
            StartsWithConnector: UnitPatterns.Connector().IsMatch(maskedText),
            IsClause: isClause);
    }

    /// <summary>
    /// Splits a sentence at a clause seam only when both sides hold an event trigger:
    /// "…(this week a Syrian convoy was attacked …; last week an ISIS squad carried out …)".
    /// </summary>
    private IEnumerable<TextSpan> Clauses(string masked, TextSpan sentence)
    {
        int start = sentence.Start;
        foreach (System.Text.RegularExpressions.Match seam in UnitPatterns.ClauseSeam().Matches(masked, sentence.Start))
        {
            if (seam.Index >= sentence.End) break;
            var left = masked[start..seam.Index];
            var right = masked[(seam.Index + seam.Length)..sentence.End];
            bool semicolon = seam.Value.StartsWith(';');
            if (HasEvent(left) && (semicolon ? HasEvent(right) : StartsWithEvent(right)))
            {
                yield return new TextSpan(start, seam.Index - start);
                start = seam.Index + seam.Length;
            }
        }
        yield return new TextSpan(start, sentence.End - start);
    }

    /// <summary>The clause after the seam opens with its own event verb: ", and targeted a SDF military vehicle in …".</summary>
    private bool StartsWithEvent(string s)
    {
        var trimmed = s.TrimStart();
        int offset = s.Length - trimmed.Length;
        return triggers.Recognize(s).Any(t => t.Start - offset <= 12 && !NonEventCues.IsIntended(s, t.Start))
            && !NonEventCues.IsNonEvent(s)
            && trimmed.Count(c => c == ' ') >= 4;
    }

    /// <summary>
    /// A citation speaks for the sentences before it back to the previous citation: units
    /// without one of their own take the next citation of the block as their covering source.
    /// </summary>
    private static List<IncidentUnit> CoverWithFollowingCitations(List<IncidentUnit> units, List<Citation> cites)
    {
        for (int i = 0; i < units.Count; i++)
        {
            if (units[i].Citations.Count > 0) continue;
            var next = cites.FirstOrDefault(c => c.Start >= units[i].Start + units[i].Text.Length);
            if (next is not null) units[i] = units[i] with { CoveringCitation = next };
        }
        return units;
    }

    private bool HasEvent(string s) => triggers.Recognize(s).Any(t => !t.Weak && !NonEventCues.IsIntended(s, t.Start)) && !NonEventCues.IsNonEvent(s);

    /// <summary>The block with its citations blanked (same length, so offsets still hold).</summary>
    private static string Mask(string text, List<Citation> cites)
    {
        if (cites.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var c in cites)
            for (int i = c.Start; i < c.Start + c.Length && i < chars.Length; i++) chars[i] = ' ';
        return new string(chars);
    }
}
