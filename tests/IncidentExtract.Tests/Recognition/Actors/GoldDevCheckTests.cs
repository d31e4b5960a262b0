using System.Text.Json;
using IncidentExtract.Gazetteers;
using IncidentExtract.Recognition.Actors;
using IncidentExtract.Recognition.Citations;
using IncidentExtract.Recognition.Events;
using Xunit.Abstractions;

namespace IncidentExtract.Tests.Recognition.Actors;

/// <summary>
/// Development check against the hand-made gold of the five sample reports: for each gold incident,
/// the block (line) holding its quote is read the way the pipeline will read it, and the perpetrator and
/// the source names are compared with the gold. The thresholds guard against regressions; the printed
/// misses are what to look at.
/// </summary>
public class GoldDevCheckTests(ITestOutputHelper output)
{
    private static readonly Lazy<Gazetteer> Gazetteer = new(GazetteerLoader.LoadDefault);

    [Fact]
    public void Perpetrators_and_sources_match_the_gold_of_the_samples()
    {
        var resolver = new ActorRoleResolver(Gazetteer.Value);
        var citations = new CitationParser();
        var inline = new InlineSourceRecognizer();
        int total = 0, perpetratorHits = 0, perpetratorHitsWholeWindow = 0;
        double sourceF1 = 0;
        foreach (var (doc, lines, gold) in LoadSamples())
        {
            foreach (var g in gold)
            {
                var quote = g.GetProperty("quote").GetString()!;
                var lineIndex = Array.FindIndex(lines, l => l.Contains(quote, StringComparison.Ordinal));
                lineIndex.Should().BeGreaterThanOrEqualTo(0, $"the quote '{quote}' is in {doc}");
                var block = StripBullet(lines[lineIndex]);
                var quoteAt = block.IndexOf(quote, StringComparison.Ordinal);
                var blockCitations = citations.Parse(block);
                var windowEnd = blockCitations.FirstOrDefault(c => c.Start >= quoteAt + quote.Length)?.End ?? block.Length;
                var sentenceStart = SentenceStart(block, quoteAt);
                var incident = block[sentenceStart..windowEnd];
                var eventType = Enum.Parse<EventType>(g.GetProperty("event_type").GetString()!.Replace("_", ""), ignoreCase: true);
                var (section, leadIn) = Context(lines, lineIndex);
                var roles = resolver.Resolve(new ActorContext(incident, block, section, leadIn, eventType));

                var goldPerpetrator = g.GetProperty("perpetrator").ValueKind == JsonValueKind.Null ? null : g.GetProperty("perpetrator").GetString();
                total++;
                // Also read from the bullet's start (the incident text a cruder assembler would give).
                var whole = resolver.Resolve(new ActorContext(block[..windowEnd], block, section, leadIn, eventType));
                if (whole.Perpetrator == goldPerpetrator) perpetratorHitsWholeWindow++;
                if (roles.Perpetrator == goldPerpetrator) perpetratorHits++;
                else output.WriteLine($"PERP {doc[..3]} '{quote}': got {roles.Perpetrator ?? "null"} ({roles.Attribution}), gold {goldPerpetrator ?? "null"}");

                // The incident's own sentences: after the citation that closes the previous incident of the bullet.
                var windowStart = blockCitations.LastOrDefault(c => c.End <= quoteAt)?.End ?? 0;
                var sourceWindow = block[windowStart..windowEnd];
                var names = citations.Parse(sourceWindow).SelectMany(c => c.Sources).Select(s => s.Name)
                    .Concat(inline.Recognize(sourceWindow).Select(s => s.Name)).ToHashSet(StringComparer.Ordinal);
                var goldNames = g.GetProperty("sources").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
                var f1 = SetF1(names, goldNames);
                sourceF1 += f1;
                if (f1 < 1) output.WriteLine($"SRC  {doc[..3]} '{quote}': got [{string.Join("; ", names)}], gold [{string.Join("; ", goldNames)}]");
            }
        }
        var perpetratorRate = (double)perpetratorHits / total;
        var meanF1 = sourceF1 / total;
        output.WriteLine($"incidents {total}; perpetrator accuracy {perpetratorRate:P1} (from the bullet's start: {(double)perpetratorHitsWholeWindow / total:P1}); sources mean set F1 {meanF1:F3}");
        perpetratorRate.Should().BeGreaterThanOrEqualTo(0.90);
        meanF1.Should().BeGreaterThanOrEqualTo(0.90);
    }

    private static double SetF1(HashSet<string> predicted, HashSet<string> gold)
    {
        if (predicted.Count == 0 && gold.Count == 0) return 1;
        if (predicted.Count == 0 || gold.Count == 0) return 0;
        var common = predicted.Count(gold.Contains);
        if (common == 0) return 0;
        var p = (double)common / predicted.Count;
        var r = (double)common / gold.Count;
        return 2 * p * r / (p + r);
    }

    private static string StripBullet(string line) => line.TrimStart(' ', '\t', '•', '-').Trim();

    private static bool IsBullet(string line) => line.TrimStart().StartsWith('•') || line.TrimStart().StartsWith("- ", StringComparison.Ordinal);

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>Start of the sentence holding <paramref name="at"/>: after the last ". " before it.</summary>
    private static int SentenceStart(string block, int at)
    {
        for (var i = at - 1; i > 1; i--)
        {
            if (block[i] == ' ' && block[i - 1] is '.' or ';' && !block[..(i - 1)].EndsWith("i.e", StringComparison.Ordinal)) return i + 1;
        }
        return 0;
    }

    /// <summary>A stand-in for the segmenter: the three nearest heading lines above, and the list's lead-in bullet.</summary>
    private static (IReadOnlyList<string> Section, string? LeadIn) Context(string[] lines, int index)
    {
        var headings = new List<string>();
        string? leadIn = null;
        var indent = Indent(lines[index]);
        var bullet = IsBullet(lines[index]);
        for (var i = index - 1; i >= 0 && headings.Count < 3; i--)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) continue;
            if (IsBullet(line))
            {
                if (headings.Count == 0 && leadIn is null && bullet &&
                    (Indent(line) < indent || line.TrimEnd().EndsWith(':')))
                    leadIn = StripBullet(line);
                continue;
            }
            var t = line.Trim();
            if (t.Length < 160 && !t.EndsWith('.') && !t.EndsWith(')') && !t.Contains(", 20", StringComparison.Ordinal)) headings.Insert(0, t);
        }
        return (headings, leadIn);
    }

    private static IEnumerable<(string Doc, string[] Lines, List<JsonElement> Gold)> LoadSamples()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "samples", "gold"))) dir = Path.GetDirectoryName(dir);
        dir.Should().NotBeNull("the repository's samples/gold folder is found above the test binaries");
        foreach (var goldFile in Directory.GetFiles(Path.Combine(dir!, "samples", "gold"), "*.gold.jsonl").Order(StringComparer.Ordinal))
        {
            var doc = Path.GetFileName(goldFile).Replace(".gold.jsonl", ".txt", StringComparison.Ordinal);
            var lines = File.ReadAllLines(Path.Combine(dir!, "samples", doc));
            var gold = File.ReadAllLines(goldFile).Where(l => l.Trim().Length > 0)
                .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
            yield return (doc, lines, gold);
        }
    }
}
