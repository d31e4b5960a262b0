using System.Globalization;
using System.Text;
using IncidentExtract.Gazetteers;
using IncidentExtract.Output;
using IncidentExtract.Pipeline;
using IncidentExtract.Reading;

namespace IncidentExtract.Cli;

/// <summary>What the inputs hold: report files, or JSON Lines streams of documents.</summary>
public enum InputKind { Reports, JsonLines }

/// <summary>The checked settings of one extract run.</summary>
public sealed record ExtractSettings(
    IReadOnlyList<string> Paths,
    string? FilesFrom,
    InputKind Input,
    OutputFormat Format,
    string? OutputPath,
    string? GazetteerPath,
    int Jobs,
    bool ShowProgress,
    bool Quiet);

/// <summary>
/// Builds the engine for a run from the <c>--gazetteer</c> path (null: the built-in one), with the
/// gazetteer's warnings; throws <see cref="GazetteerException"/> for a bad file. Tests pass one
/// that shares an engine across runs, since building it is most of a small run's time.
/// </summary>
public delegate (ExtractionEngine Engine, IReadOnlyList<string> Warnings) EngineFactory(string? gazetteerPath);

/// <summary>
/// Runs <c>incx extract</c>: loads the gazetteer, streams records to stdout or an atomic file,
/// reports each failed input on one stderr line and sets the SPEC's exit code.
/// </summary>
public sealed class ExtractRunner(CliConsole console, EngineFactory? engines = null)
{
    public static (ExtractionEngine Engine, IReadOnlyList<string> Warnings) BuildEngine(string? gazetteerPath)
    {
        var gazetteer = GazetteerLoader.LoadWithOverrides(gazetteerPath);
        return (new ExtractionEngine(gazetteer), gazetteer.Warnings);
    }

    /// <summary>One input of a documents-in stream: how to read it, and how errors name it.</summary>
    private sealed record StreamInput(string Name, Func<ReadResult> Read);

    public int Run(ExtractSettings settings, CancellationToken cancel)
    {
        var error = console.Error;
        ExtractionEngine engine;
        IReadOnlyList<string> warnings;
        try { (engine, warnings) = (engines ?? BuildEngine)(settings.GazetteerPath); }
        catch (GazetteerException e)
        {
            error.WriteLine($"incx: bad gazetteer: {e.Message}");
            return ExitCodes.Usage;
        }
        if (!settings.Quiet)
            foreach (var warning in warnings) error.WriteLine($"incx: warning: {warning}");

        var paths = new List<string>(settings.Paths);
        if (settings.FilesFrom is { } list)
        {
            try
            {
                using var reader = list == InputSource.StdinPath
                    ? new StreamReader(console.OpenStdin(), Encoding.UTF8)
                    : new StreamReader(list, Encoding.UTF8);
                paths.AddRange(InputExpander.ReadPathList(reader));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"incx: cannot read --files-from {list}: {Reason(e)}");
                return ExitCodes.Usage;
            }
        }
        // A documents stream with no PATH and no list comes on stdin: the mapper's usual shape.
        if (settings.Input == InputKind.JsonLines && settings.Paths.Count == 0 && settings.FilesFrom is null) paths.Add(InputSource.StdinPath);

        AtomicFileOutput? file = null;
        try
        {
            if (settings.OutputPath is { } path)
            {
                try { file = new AtomicFileOutput(path); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"incx: cannot write {path}: {Reason(e)}");
                    return ExitCodes.Usage;
                }
            }
            var target = file?.Writer ?? console.Out;
            var progress = settings.ShowProgress ? new ProgressLine(error) : null;
            var failures = new List<ReadFailure>();
            BatchSummary summary;
            // The record writer is disposed (flushed) before the commit closes the file under it.
            using (var writer = OutputFormats.CreateWriter(settings.Format, target))
            {
                void OnFailure(ReadFailure f)
                {
                    progress?.Clear();
                    error.WriteLine($"incx: {f}");
                }
                var onProgress = progress is null ? null : (Action<BatchProgress>)progress.Show;
                var extractor = new BatchExtractor(engine);
                if (settings.Input == InputKind.JsonLines)
                {
                    summary = extractor.Run(DocumentStream(paths), i => i.Read(), i => i.Name, total: null,
                        writer, settings.Jobs, OnFailure, onProgress, cancel);
                }
                else
                {
                    var (inputs, missing) = InputExpander.Expand(paths);
                    foreach (var f in missing) OnFailure(f);
                    failures.AddRange(missing);
                    summary = extractor.Run(inputs, i => DocumentReader.Read(i, console.OpenStdin), i => i.Path, inputs.Count,
                        writer, settings.Jobs, OnFailure, onProgress, cancel);
                }
                failures.AddRange(summary.Failures);
                progress?.Clear();
                writer.Flush();
            }
            target.Flush();
            file?.Commit();

            if (!settings.Quiet && settings.ShowProgress)
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"incx: {summary.Records} records from {summary.FilesRead} documents in {summary.Elapsed.TotalSeconds:0.00} s"));
            return failures.Count > 0 ? ExitCodes.InputFailed : ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine(file is null ? "incx: interrupted" : "incx: interrupted; no output file written");
            return ExitCodes.Interrupted;
        }
        catch (IOException e) when (file is null && e.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase))
        {
            return ExitCodes.Ok; // the reader (head, jq) closed the pipe: nothing more to say
        }
        catch (IOException e)
        {
            error.WriteLine(file is null
                ? $"incx: cannot write output: {e.Message}"
                : $"incx: cannot write {settings.OutputPath}: {e.Message}; no output file written");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug must still end in one line and no partial file, never a stack trace mid-pipeline.
            error.WriteLine($"incx: failed: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Usage;
        }
        finally
        {
            file?.Dispose();
        }
    }

    /// <summary>
    /// The documents of every JSON Lines source in turn, read lazily line by line; a source that
    /// cannot be opened is one failed input, not the end of the run.
    /// </summary>
    private IEnumerable<StreamInput> DocumentStream(IEnumerable<string> sources)
    {
        foreach (var source in sources)
        {
            bool stdin = source == InputSource.StdinPath;
            string name = stdin ? "stdin" : source;
            TextReader? reader = null;
            ReadResult failure = default;
            try
            {
                reader = stdin
                    ? new StreamReader(console.OpenStdin(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16)
                    : new StreamReader(source, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failure = ReadResult.Fail(source, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"unreadable ({Reason(e)})");
            }
            if (reader is null)
            {
                yield return new StreamInput(source, () => failure);
                continue;
            }
            using (reader)
            using (var lines = JsonDocumentStream.Lines(reader, name).GetEnumerator())
            {
                int lastLine = 0;
                while (true)
                {
                    // A stream that breaks mid-way (a dropped network mount) is one failure; the
                    // documents before it are kept and the next source is still read.
                    string? broken = null;
                    bool more;
                    try { more = lines.MoveNext(); }
                    catch (IOException e) { broken = e.Message; more = false; }
                    if (broken is not null)
                    {
                        var breakage = ReadResult.Fail(name, $"unreadable after line {lastLine} ({broken})");
                        yield return new StreamInput(name, () => breakage);
                    }
                    if (!more) break;
                    var line = lines.Current;
                    lastLine = line.Number;
                    yield return new StreamInput(line.Location, () => JsonDocumentStream.Parse(line));
                }
            }
        }
    }

    private static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}

/// <summary>One self-overwriting progress line on a terminal's stderr: documents done / total and MB/s.</summary>
internal sealed class ProgressLine(TextWriter error)
{
    private long _lastTicks;

    public void Show(BatchProgress p)
    {
        long now = Environment.TickCount64;
        if (p.FilesDone != p.FilesTotal && now - _lastTicks < 100) return;
        _lastTicks = now;
        error.Write(p.FilesTotal is { } total
            ? string.Create(CultureInfo.InvariantCulture, $"\r  {p.FilesDone}/{total} files  {p.MegabytesPerSecond:0.0} MB/s   ")
            : string.Create(CultureInfo.InvariantCulture, $"\r  {p.FilesDone} documents  {p.MegabytesPerSecond:0.0} MB/s   "));
    }

    public void Clear() => error.Write("\r" + new string(' ', 48) + "\r");
}
