using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using IncidentExtract.Bench;

// Run from the repository: dotnet run -c Release --project bench/IncidentExtract.Bench [-- --full]
// Short job by default (a quick, stable-enough figure); pass --full for BenchmarkDotNet's default job.
var job = args.Contains("--full") ? Job.Default : Job.ShortRun;
var config = DefaultConfig.Instance.AddJob(job.AsDefault());
var samples = SampleTexts.Load();
var summary = BenchmarkRunner.Run<RecognizerBenchmarks>(config);

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Throughput over {samples.Texts.Count} samples, {samples.Utf8Bytes:N0} bytes (UTF-8) per operation:"));
foreach (var report in summary.Reports)
{
    if (report.ResultStatistics is not { } stats) continue;
    var seconds = stats.Mean / 1e9;
    var mbPerSecond = samples.Utf8Bytes / seconds / (1024 * 1024);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {report.BenchmarkCase.Descriptor.WorkloadMethod.Name,-16} {stats.Mean / 1000:N1} us/op  {mbPerSecond:N1} MB/s"));
}
