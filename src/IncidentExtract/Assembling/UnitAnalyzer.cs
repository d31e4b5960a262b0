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
        var blockCitations = new List<Citation>();
        foreach (var c in citations.Parse(blockText))
            if (c.Sources.Count > 0) blockCitations.Add(c);
        var masked = Mask(blockText, blockCitations);
        var units = new List<IncidentUnit>();
        // A paragraph that is one quotation reports words, not events.
        bool quotation = UnitPatterns.Quotation().IsMatch(blockText);
        // "In the interview, ISIS’s military bureau commander noted that …": a block opened by an
        // interview, assessment or infographic goes on reporting it, not events.
        var sentences = SentenceSplitter.Split(blockText);
        // Where the leads start, for the sentence at hand and for the pieces of it read while it is cut into clauses:
        // two lists filled again for each text, not one made per text.
        var sentenceLeads = new LeadStarts(false);
        var pieceLeads = new LeadStarts(false);
        // The opening's text and gate words serve both this test and its own unit below.
        string openingText = "";
        GateWords openingWords = default;
        if (sentences.Count > 0)
        {
            openingText = sentences[0].Of(masked);
            openingWords = triggers.ScanWords(openingText, sentenceLeads);
        }
        bool reportedSpeech = sentences.Count > 0 && NonEventCues.IsCommunication(openingText, openingWords);
        // Where and how long, not Match objects: a seam is read for its place and its first character only.
        var seams = new List<Seam>();
        foreach (var m in UnitPatterns.ClauseSeam().EnumerateMatches(masked)) seams.Add(new Seam(m.Index, m.Length));
        int seamIndex = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var sentenceText = i == 0 ? openingText : sentence.Of(masked);
            var words = i == 0 ? openingWords : triggers.ScanWords(sentenceText, sentenceLeads);
            bool sentenceIsNonEvent = quotation || reportedSpeech || NonEventCues.IsNonEvent(sentenceText, words);
            if (sentenceIsNonEvent)
            {
                units.Add(Build(blockText, masked, sentence, sentenceText, words, blockCitations, isClause: false, isNonEvent: true));
                continue;
            }
            while (seamIndex < seams.Count && seams[seamIndex].Index < sentence.Start) seamIndex++;
            if (seamIndex == seams.Count || seams[seamIndex].Index >= sentence.End)
            {
                // No seam inside: the sentence is its one clause, as Clauses would find.
                units.Add(Build(blockText, masked, sentence, sentenceText, words, blockCitations, isClause: false, isNonEvent: false));
                continue;
            }
            var clauses = Clauses(masked, sentence, seams, seamIndex, pieceLeads);
            for (int k = 0; k < clauses.Count; k++)
            {
                // A sentence left whole was just read as not a non-event; only split clauses need the test again.
                var clauseText = clauses.Count == 1 ? sentenceText : clauses[k].Of(masked);
                var clauseWords = clauses.Count == 1 ? words : triggers.ScanWords(clauseText, pieceLeads);
                bool nonEvent = clauses.Count > 1 && NonEventCues.IsNonEvent(clauseText, clauseWords);
                units.Add(Build(blockText, masked, clauses[k], clauseText, clauseWords, blockCitations, isClause: k > 0, nonEvent));
            }
        }
        return units;
    }

    private IncidentUnit Build(string text, string masked, TextSpan span, string maskedText, GateWords words, List<Citation> blockCitations, bool isClause, bool isNonEvent)
    {
        var found = triggers.Recognize(maskedText, words);
        // Most triggers are no intention: the list is copied only from the first that is.
        for (var k = 0; k < found.Count; k++)
        {
            if (!NonEventCues.IsIntended(maskedText, found[k].Start, words)) continue;
            var kept = new List<EventTrigger>(found.Count);
            for (var j = 0; j < k; j++) kept.Add(found[j]);
            for (var j = k + 1; j < found.Count; j++)
                if (!NonEventCues.IsIntended(maskedText, found[j].Start, words)) kept.Add(found[j]);
            found = kept;
            break;
        }
        var dateMentions = dates.Recognize(maskedText);
        List<Citation>? unitCitations = null;
        Citation? covering = null;
        foreach (var c in blockCitations)
        {
            if (c.Start >= span.Start && c.Start < span.End) (unitCitations ??= []).Add(c);
            // A citation speaks for the sentences before it back to the previous citation: a unit without one of its
            // own takes the next citation of the block as its covering source.
            else if (c.Start >= span.End) covering ??= c;
        }
        if (unitCitations is not null) covering = null;
        return new IncidentUnit(
            span.Start,
            // Most units hold no citation, so their text is the masked text the recognisers read: one string, not two.
            text.AsSpan(span.Start, span.Length).SequenceEqual(maskedText) ? maskedText : span.Of(text),
            found,
            dateMentions,
            (IReadOnlyList<Citation>?)unitCitations ?? [],
            IsNonEvent: isNonEvent,
            // Each is read of one kind of unit only (see IncidentUnit): the others are spared the pattern.
            IsStatement: found.Count == 0 && NonEventCues.IsStatement(maskedText, words),
            StartsWithConnector: found.Count > 0 && !isNonEvent && UnitPatterns.StartsWithConnector(maskedText),
            IsClause: isClause)
        {
            CoveringCitation = covering,
        };
    }

    /// <summary>
    /// Splits a sentence at a clause seam only when both sides hold an event trigger:
    /// "…(this week a Syrian convoy was attacked …; last week an ISIS squad carried out …)".
    /// </summary>
    private List<TextSpan> Clauses(string masked, TextSpan sentence, List<Seam> seams, int firstSeam, LeadStarts pieceLeads)
    {
        var clauses = new List<TextSpan>(1);
        int start = sentence.Start;
        for (int k = firstSeam; k < seams.Count; k++)
        {
            var seam = seams[k];
            if (seam.Index >= sentence.End) break;
            if (seam.Index < start) continue;
            var left = masked[start..seam.Index];
            var right = masked[(seam.Index + seam.Length)..sentence.End];
            bool semicolon = masked[seam.Index] == ';';
            if (HasEvent(left, pieceLeads) && (semicolon ? HasEvent(right, pieceLeads) : StartsWithEvent(right, pieceLeads)))
            {
                clauses.Add(new TextSpan(start, seam.Index - start));
                start = seam.Index + seam.Length;
            }
        }
        clauses.Add(new TextSpan(start, sentence.End - start));
        return clauses;
    }

    /// <summary>The clause after the seam opens with its own event verb: ", and targeted a SDF military vehicle in …".</summary>
    private bool StartsWithEvent(string s, LeadStarts leads)
    {
        var trimmed = s.TrimStart();
        int offset = s.Length - trimmed.Length;
        var words = triggers.ScanWords(s, leads);
        return triggers.Recognize(s, words).Any(t => t.Start - offset <= 12 && !NonEventCues.IsIntended(s, t.Start, words))
            && !NonEventCues.IsNonEvent(s, words)
            && trimmed.Count(c => c == ' ') >= 4;
    }

    private bool HasEvent(string s, LeadStarts leads)
    {
        var words = triggers.ScanWords(s, leads);
        return triggers.Recognize(s, words).Any(t => !t.Weak && !NonEventCues.IsIntended(s, t.Start, words)) && !NonEventCues.IsNonEvent(s, words);
    }

    /// <summary>The block with its citations blanked (same length, so offsets still hold).</summary>
    private static string Mask(string text, List<Citation> cites)
    {
        if (cites.Count == 0) return text;
        // Blanked in the new string itself: one copy of the block, not a character array and then a string.
        return string.Create(text.Length, (text, cites), static (masked, state) =>
        {
            state.text.CopyTo(masked);
            foreach (var c in state.cites)
            {
                var end = Math.Min(c.Start + c.Length, masked.Length);
                if (end > c.Start) masked[c.Start..end].Fill(' ');
            }
        });
    }

    /// <summary>A clause seam's place in the masked block.</summary>
    private readonly record struct Seam(int Index, int Length);
}
