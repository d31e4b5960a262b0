using System.Globalization;
using System.Text;
using IncidentExtract.Gazetteers;
using IncidentExtract.Output;
using IncidentExtract.Pipeline;
using IncidentExtract.Reading;

namespace IncidentExtract.Cli;

/// <summary>The checked settings of one extract run.</summary>
public sealed record ExtractSettings(
    IReadOnlyList<string> Paths,
    OutputFormat Format,
    string? OutputPath,
    string? GazetteerPath,
    int Jobs,
    bool ShowProgress,
    bool Quiet);

/// <summary>Runs <c>incx extract</c>: loads the gazetteer, streams records to stdout or an atomic file, reports failures.</summary>
public static class ExtractRunner
{
    public static int Run(ExtractSettings settings, CancellationToken cancel)
    {
        Gazetteer gazetteer;
        try { gazetteer = GazetteerLoader.LoadWithOverrides(settings.GazetteerPath); }
        catch (GazetteerException e)
        {
            Console.Error.WriteLine($"incx: bad gazetteer: {e.Message}");
            return ExitCodes.Usage;
        }
        if (!settings.Quiet)
            foreach (var warning in gazetteer.Warnings) Console.Error.WriteLine($"incx: warning: {warning}");

        var (inputs, failures) = InputExpander.Expand(settings.Paths);
        foreach (var f in failures) Console.Error.WriteLine($"incx: {f}");

        AtomicFileOutput? file = null;
        try
        {
            if (settings.OutputPath is { } path)
            {
                try { file = new AtomicFileOutput(path); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"incx: cannot write {path}: {e.Message}");
                    return ExitCodes.Usage;
                }
            }
            var stdout = file is null ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) : null;
            var target = file?.Writer ?? stdout!;
            using var writer = OutputFormats.CreateWriter(settings.Format, target);
            var progress = settings.ShowProgress ? new ProgressLine(Console.Error) : null;

            var summary = new BatchExtractor(new ExtractionEngine(gazetteer)).Run(
                inputs, writer, settings.Jobs,
                onFailure: f => { progress?.Clear(); Console.Error.WriteLine($"incx: {f}"); },
                onProgress: progress is null ? null : progress.Show,
                cancel);
            progress?.Clear();
            writer.Flush();
            target.Flush();
            file?.Commit();
            stdout?.Flush();

            if (!settings.Quiet && settings.ShowProgress)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"incx: {summary.Records} records from {summary.FilesRead} files in {summary.Elapsed.TotalSeconds:0.00} s"));
            return failures.Count + summary.Failures.Count > 0 ? ExitCodes.InputFailed : ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("incx: interrupted; no output file written");
            return ExitCodes.Interrupted;
        }
        catch (IOException e) when (e.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase))
        {
            return ExitCodes.Ok; // the reader (head, jq) closed the pipe: nothing more to say
        }
        finally
        {
            file?.Dispose();
        }
    }
}

/// <summary>One self-overwriting progress line on a terminal's stderr: files done / total and MB/s.</summary>
internal sealed class ProgressLine(TextWriter error)
{
    private long _lastTicks;

    public void Show(BatchProgress p)
    {
        long now = Environment.TickCount64;
        if (p.FilesDone != p.FilesTotal && now - _lastTicks < 100) return;
        _lastTicks = now;
        error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r  {p.FilesDone}/{p.FilesTotal} files  {p.MegabytesPerSecond:0.0} MB/s   "));
    }

    public void Clear() => error.Write("\r" + new string(' ', 48) + "\r");
}
