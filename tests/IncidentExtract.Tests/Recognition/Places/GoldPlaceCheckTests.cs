using System.Text.Json;
using System.Text.RegularExpressions;
using IncidentExtract.Recognition.Places;
using Xunit.Abstractions;

namespace IncidentExtract.Tests.Recognition.Places;

/// <summary>
/// Development check against the hand-made gold files: resolve the sentence holding each gold quote, with the
/// headings and bullet lead-in visible above it in the sample, and compare with the gold place and country.
/// </summary>
public class GoldPlaceCheckTests(ITestOutputHelper output)
{
    [Fact]
    public void Resolves_the_gold_place_and_country_for_the_sample_reports()
    {
        var resolver = SharedGazetteer.Resolver;
        int total = 0, placeOk = 0, countryOk = 0;
        foreach (var goldFile in Directory.GetFiles(Path.Combine(RepoRoot, "samples", "gold"), "*.gold.jsonl").Order())
        {
            var lines = File.ReadAllLines(Path.Combine(RepoRoot, "samples", Path.GetFileName(goldFile).Replace(".gold.jsonl", ".txt")));
            foreach (var json in File.ReadLines(goldFile))
            {
                using var doc = JsonDocument.Parse(json);
                var gold = doc.RootElement;
                var quote = gold.GetProperty("quote").GetString()!;
                var context = ContextOf(lines, quote);
                var resolved = resolver.Resolve(context);
                var accepted = new List<string> { gold.GetProperty("place").GetString() ?? "" };
                accepted.AddRange(gold.GetProperty("place_alt").EnumerateArray().Select(e => e.GetString()!));
                var goldCountry = gold.GetProperty("country").GetString();
                total++;
                var placeHit = accepted.Any(a => Fold(a) == Fold(resolved.Name ?? ""));
                var countryHit = goldCountry == resolved.Country;
                if (placeHit) placeOk++;
                if (countryHit) countryOk++;
                if (!placeHit || !countryHit)
                    output.WriteLine($"MISS {Path.GetFileName(goldFile)[..3]} gold={accepted[0]}/{goldCountry} got={resolved.Name}/{resolved.Country} ({resolved.Precision}) :: {quote}");
            }
        }
        output.WriteLine($"place {placeOk}/{total} = {100.0 * placeOk / total:F1}%, country {countryOk}/{total} = {100.0 * countryOk / total:F1}%");
        ((double)placeOk / total).Should().BeGreaterThanOrEqualTo(0.90);
        ((double)countryOk / total).Should().BeGreaterThanOrEqualTo(0.95);
    }

    internal static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "gazetteer.yaml"))) dir = Path.GetDirectoryName(dir)!;
        return dir;
    }

    // The spec's place comparison: case, hyphens and a leading "al-" folded.
    private static string Fold(string s)
    {
        s = s.Trim().ToLowerInvariant().Replace('-', ' ');
        if (s.StartsWith("al ")) s = s[3..];
        return Regex.Replace(s, @"\s+", " ");
    }

    private static readonly Regex Bullet = new(@"^\s*(?:[•\-–]\s+)");
    private static readonly Regex LeadIn = new(@"^(?<label>[A-Z][^:.]{1,60}?)(?:\s*\([^)]*\))?:\s");

    /// <summary>What a segmenter would hand the resolver: sentence, block, headings above, bullet lead-in.</summary>
    internal static PlaceContext ContextOf(string[] lines, string quote)
    {
        var index = Array.FindIndex(lines, l => l.Contains(quote, StringComparison.Ordinal));
        index.Should().BeGreaterThanOrEqualTo(0, $"quote '{quote}' must be in the sample");
        var block = Bullet.Replace(lines[index], "").Trim();
        var at = block.IndexOf(quote, StringComparison.Ordinal);
        var sentenceStart = Math.Max(block.LastIndexOf(". ", at, StringComparison.Ordinal), -1) + 1;
        var sentenceEnd = block.IndexOf(". ", at + quote.Length, StringComparison.Ordinal);
        var sentence = block[sentenceStart..(sentenceEnd < 0 ? block.Length : sentenceEnd + 1)].Trim();
        // A quote inside an aside "(this week …; last week …)" is its own incident text.
        var open = block.LastIndexOf('(', at);
        var close = open < 0 ? -1 : block.IndexOf(')', open);
        if (open >= 0 && close > at)
        {
            var inner = block[(open + 1)..close];
            sentence = inner.Split(';').First(part => part.Contains(quote, StringComparison.Ordinal)).Trim();
        }
        var leadMatch = LeadIn.Match(block);
        string? leadIn = leadMatch.Success && leadMatch.Groups["label"].Value.Split(' ').Length <= 5 ? leadMatch.Groups["label"].Value : null;
        var headings = new List<string>();
        for (var i = index - 1; i >= 0 && headings.Count < 4; i--)
        {
            var l = lines[i].Trim();
            if (l.Length == 0 || Bullet.IsMatch(lines[i]) || l.Length > 120 || l.EndsWith('.') || l.EndsWith(')') || l.StartsWith('[')) continue;
            if (l.StartsWith("Right:") || l.StartsWith("Left:")) continue;
            headings.Insert(0, l);
        }
        return new PlaceContext(sentence, block, headings, leadIn);
    }
}

/// <summary>One default gazetteer and resolver for all place tests (building the index is the slow part).</summary>
internal static class SharedGazetteer
{
    private static readonly Lazy<IncidentExtract.Gazetteers.Gazetteer> Lazy = new(IncidentExtract.Gazetteers.GazetteerLoader.LoadDefault);
    private static readonly Lazy<PlaceRecognizer> LazyRecognizer = new(() => new PlaceRecognizer(Gazetteer));
    private static readonly Lazy<PlaceResolver> LazyResolver = new(() => new PlaceResolver(Recognizer));

    public static IncidentExtract.Gazetteers.Gazetteer Gazetteer => Lazy.Value;
    public static PlaceRecognizer Recognizer => LazyRecognizer.Value;
    public static PlaceResolver Resolver => LazyResolver.Value;
}
