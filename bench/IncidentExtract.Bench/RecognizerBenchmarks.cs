using BenchmarkDotNet.Attributes;
using IncidentExtract.Recognition.Casualties;
using IncidentExtract.Recognition.Dates;
using IncidentExtract.Recognition.Numbers;

namespace IncidentExtract.Bench;

/// <summary>Date and number recognition over all sample reports; one operation = every sample once.</summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private readonly DateRecognizer _dates = new();
    private NumberRecognizer _numbers = null!;
    private NumberRecognizer _numbersWithoutDates = null!;
    private readonly CasualtyExtractor _casualties = new();
    private IReadOnlyList<string> _texts = [];
    private string[][] _paragraphs = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = SampleTexts.Load().Texts;
        _numbers = new NumberRecognizer(_dates);
        _numbersWithoutDates = new NumberRecognizer(new NoDates());
        _paragraphs = _texts.SelectMany(t => t.Split('\n')).Where(l => l.Trim().Length > 0).Select(l => new[] { l }).ToArray();
    }

    [Benchmark]
    public int Dates()
    {
        var n = 0;
        foreach (var t in _texts) n += _dates.Recognize(t).Count;
        return n;
    }

    /// <summary>Numbers alone (the date masking disabled), to separate the two costs.</summary>
    [Benchmark]
    public int NumbersOnly()
    {
        var n = 0;
        foreach (var t in _texts) n += _numbersWithoutDates.Recognize(t).Count;
        return n;
    }

    /// <summary>What the pipeline runs: numbers with dates masked (dates recognised inside).</summary>
    [Benchmark(Baseline = true)]
    public int DatesAndNumbers()
    {
        var n = 0;
        foreach (var t in _texts) n += _numbers.Recognize(t).Count;
        return n;
    }

    /// <summary>Casualty counting with every non-empty line of the samples taken as one incident.</summary>
    [Benchmark]
    public int Casualties()
    {
        var n = 0;
        foreach (var p in _paragraphs) n += _casualties.Extract(p).KilledMin ?? 0;
        return n;
    }

    private sealed class NoDates : IDateRecognizer
    {
        public IReadOnlyList<DateMention> Recognize(string text) => [];
    }
}
