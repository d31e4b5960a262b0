using System.Diagnostics;
using System.Globalization;
using IncidentExtract.Gazetteers;
using IncidentExtract.Output;
using IncidentExtract.Pipeline;
using IncidentExtract.Reading;

// In-process throughput of ExtractionEngine.Extract, without start-up, reading or writing:
// what the pipeline itself costs per MB once warm. Also times the start-up pieces.
//   dotnet run -c Release --project bench/IncidentExtract.Throughput -- DIR [ROUNDS]
// Run it under `dotnet-trace collect --profile dotnet-sampled-thread-time` to see where the time goes.
var dir = args.Length > 0 ? args[0] : "samples";
int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;

var clock = Stopwatch.StartNew();
var gazetteer = GazetteerLoader.LoadDefault();
var loaded = clock.Elapsed;
var engine = new ExtractionEngine(gazetteer);
var built = clock.Elapsed - loaded;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"start-up: gazetteer {loaded.TotalMilliseconds:N0} ms, engine {built.TotalMilliseconds:N0} ms"));

if (args.Contains("--memory"))
{
    // Streams the files (read, extract, drop) and prints the live heap after a full collection
    // every tenth of the way: a figure that climbs means something keeps the corpus alive.
    var files = Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    for (int i = 0; i < files.Count; i++)
    {
        engine.Extract(new SourceDocument(files[i], File.ReadAllText(files[i]).ReplaceLineEndings("\n")));
        if ((i + 1) % Math.Max(1, files.Count / 10) != 0) continue;
        var live = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{i + 1} files: live heap {live / 1e6:N1} MB, working set {Environment.WorkingSet / 1e6:N0} MB"));
    }
    return;
}

var documents = Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
    .Select(p => new SourceDocument(p, File.ReadAllText(p).ReplaceLineEndings("\n"))).ToList();
long bytes = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));

if (args.Contains("--write"))
{
    // What the writer thread costs: the records of all files, written as JSON Lines to nowhere.
    var all = documents.SelectMany(engine.Extract).ToList();
    for (int round = 1; round <= rounds; round++)
    {
        var watch = Stopwatch.StartNew();
        using var sink = new StreamWriter(Stream.Null, new System.Text.UTF8Encoding(false), 1 << 16);
        using var writer = new JsonLinesRecordWriter(sink);
        foreach (var record in all) writer.Write(record);
        writer.Flush();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"write round {round}: {all.Count} records in {watch.Elapsed.TotalMilliseconds:N0} ms = {bytes / 1e6 / watch.Elapsed.TotalSeconds:N1} MB of input per second"));
    }
    return;
}

for (int round = 1; round <= rounds; round++)
{
    int gc0 = GC.CollectionCount(0), gc2 = GC.CollectionCount(2);
    long allocated = GC.GetTotalAllocatedBytes();
    var paused = GC.GetTotalPauseDuration();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    int records = 0;
    foreach (var document in documents) records += engine.Extract(document).Count;
    watch.Stop();
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"round {round}: {documents.Count} files, {bytes / 1e6:N1} MB, {records} records in {watch.Elapsed.TotalSeconds:N2} s = {bytes / 1e6 / watch.Elapsed.TotalSeconds:N1} MB/s wall, {bytes / 1e6 / cpuSeconds:N1} MB/s CPU; "
        + $"allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:N0} MB, gen0 {GC.CollectionCount(0) - gc0}, gen2 {GC.CollectionCount(2) - gc2}, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds:N2} s"));
}
