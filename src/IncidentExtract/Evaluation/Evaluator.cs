using System.Text;

namespace IncidentExtract.Evaluation;

/// <summary>A field's score over the matched pairs: accuracy, or mean set F1 for sources.</summary>
public sealed record FieldScore(string Field, double Total, int Pairs)
{
    public double Score => Pairs == 0 ? 0 : Total / Pairs;
}

/// <summary>A field value the tool got wrong on a matched pair.</summary>
public sealed record FieldMiss(string RecordId, string Field, string? Predicted, string? Gold);

/// <summary>Incident-level counts and field scores for one file, or for all files together.</summary>
public sealed record EvalScores(string Scope, int Gold, int Predicted, int Matched, IReadOnlyList<FieldScore> Fields)
{
    public double Precision => Predicted == 0 ? 0 : (double)MatchedRecords / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    private int MatchedRecords => Matched;
    public double Field(string name) => Fields.FirstOrDefault(f => f.Field == name)?.Score ?? 0;
}

public sealed record EvalReport(
    EvalScores Overall,
    IReadOnlyList<EvalScores> PerFile,
    IReadOnlyList<GoldIncident> Missed,
    IReadOnlyList<PredictedIncident> Spurious,
    IReadOnlyList<FieldMiss> WrongFields);

/// <summary>
/// Scores predictions against gold exactly as the SPEC says: a record (not a duplicate) matches a
/// gold incident of the same file when its text contains the quote or an also_quote (case and
/// whitespace folded); matching is one-to-one (maximum bipartite matching, so the order of records
/// cannot cost a match); fields are scored over matched pairs.
/// </summary>
public static class Evaluator
{
    public static readonly IReadOnlyList<string> FieldNames =
        ["event_type", "date", "date_start", "place", "country", "killed", "wounded", "perpetrator", "target", "sources"];

    public static EvalReport Evaluate(IReadOnlyList<GoldIncident> gold, IReadOnlyList<PredictedIncident> predictions)
    {
        var records = predictions.Where(p => string.IsNullOrEmpty(p.DuplicateOf)).ToList();
        var files = gold.Select(g => FileName(g.Doc)).Concat(records.Select(r => FileName(r.Doc)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var perFile = new List<EvalScores>();
        var allPairs = new List<(PredictedIncident P, GoldIncident G)>();
        var missed = new List<GoldIncident>();
        var spurious = new List<PredictedIncident>();
        foreach (var file in files)
        {
            var g = gold.Where(x => FileName(x.Doc) == file).ToList();
            var p = records.Where(x => FileName(x.Doc) == file).ToList();
            var pairs = Match(p, g);
            allPairs.AddRange(pairs);
            missed.AddRange(g.Where(x => !pairs.Any(pair => ReferenceEquals(pair.G, x))));
            spurious.AddRange(p.Where(x => !pairs.Any(pair => ReferenceEquals(pair.P, x))));
            perFile.Add(new EvalScores(file, g.Count, p.Count, pairs.Count, ScoreFields(pairs, null)));
        }
        var wrong = new List<FieldMiss>();
        var overall = new EvalScores("all", gold.Count, records.Count, allPairs.Count, ScoreFields(allPairs, wrong));
        return new EvalReport(overall, perFile, missed, spurious, wrong);
    }

    private static List<(PredictedIncident P, GoldIncident G)> Match(List<PredictedIncident> records, List<GoldIncident> gold)
    {
        var folded = records.Select(r => FoldText(r.Text)).ToList();
        var edges = records.Select((r, i) => gold.Select((g, j) => (g, j))
            .Where(x => x.g.AllQuotes.Any(q => folded[i].Contains(FoldText(q), StringComparison.Ordinal)))
            .Select(x => x.j).ToList()).ToList();

        var goldOwner = new int[gold.Count];
        Array.Fill(goldOwner, -1);
        for (int i = 0; i < records.Count; i++)
            TryAssign(i, edges, goldOwner, new bool[gold.Count]);

        return goldOwner.Select((r, j) => (r, j)).Where(x => x.r >= 0)
            .OrderBy(x => x.r).Select(x => (records[x.r], gold[x.j])).ToList();
    }

    // Kuhn's augmenting path: small per-file graphs, so the simple algorithm is plenty.
    private static bool TryAssign(int record, List<List<int>> edges, int[] goldOwner, bool[] seen)
    {
        foreach (var g in edges[record])
        {
            if (seen[g]) continue;
            seen[g] = true;
            if (goldOwner[g] < 0 || TryAssign(goldOwner[g], edges, goldOwner, seen))
            {
                goldOwner[g] = record;
                return true;
            }
        }
        return false;
    }

    private static List<FieldScore> ScoreFields(List<(PredictedIncident P, GoldIncident G)> pairs, List<FieldMiss>? wrong)
    {
        var totals = FieldNames.ToDictionary(f => f, _ => 0.0);
        foreach (var (p, g) in pairs)
        {
            void Check(string field, bool ok, string? predicted, string? expected)
            {
                if (ok) totals[field] += 1;
                else wrong?.Add(new FieldMiss(p.Id, field, predicted, expected));
            }
            Check("event_type", Same(p.EventType, g.EventType), p.EventType, g.EventType);
            Check("date", p.DateStart == g.DateStart && p.DateEnd == g.DateEnd, $"{p.DateStart}..{p.DateEnd}", $"{g.DateStart}..{g.DateEnd}");
            Check("date_start", p.DateStart == g.DateStart, p.DateStart, g.DateStart);
            Check("place", PlaceMatches(p.Place, g), p.Place, g.Place + (g.PlaceAlt.Count > 0 ? " | " + string.Join(" | ", g.PlaceAlt) : ""));
            Check("country", Same(p.Country, g.Country), p.Country, g.Country);
            Check("killed", p.KilledMin == g.Killed, p.KilledMin?.ToString(), g.Killed?.ToString());
            Check("wounded", p.WoundedMin == g.Wounded, p.WoundedMin?.ToString(), g.Wounded?.ToString());
            Check("perpetrator", Same(p.Perpetrator, g.Perpetrator), p.Perpetrator, g.Perpetrator);
            Check("target", Same(p.Target, g.Target), p.Target, g.Target);
            var f1 = SourcesF1(p.Sources, g.Sources);
            totals["sources"] += f1;
            if (f1 < 1) wrong?.Add(new FieldMiss(p.Id, "sources", string.Join("; ", p.Sources), string.Join("; ", g.Sources)));
        }
        return FieldNames.Select(f => new FieldScore(f, totals[f], pairs.Count)).ToList();
    }

    public static double SourcesF1(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        var p = predicted.Select(FoldText).ToHashSet();
        var g = gold.Select(FoldText).ToHashSet();
        if (p.Count == 0 && g.Count == 0) return 1;
        if (p.Count == 0 || g.Count == 0) return 0;
        double hit = p.Count(g.Contains);
        double precision = hit / p.Count, recall = hit / g.Count;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static bool PlaceMatches(string? predicted, GoldIncident g)
    {
        if (g.Place is null) return predicted is null;
        if (predicted is null) return false;
        var p = FoldPlace(predicted);
        return g.PlaceAlt.Prepend(g.Place).Any(x => FoldPlace(x) == p);
    }

    private static bool Same(string? a, string? b) =>
        string.Equals(a ?? "", b ?? "", StringComparison.OrdinalIgnoreCase);

    private static string FileName(string doc) => Path.GetFileName(doc);

    /// <summary>Case and whitespace folded, as the SPEC matches quotes.</summary>
    public static string FoldText(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s.Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Case, hyphens and a leading "al-" folded, as the SPEC compares places.</summary>
    public static string FoldPlace(string s)
    {
        var f = FoldText(s.Replace('-', ' '));
        return f.StartsWith("al ", StringComparison.Ordinal) ? f[3..] : f;
    }
}
