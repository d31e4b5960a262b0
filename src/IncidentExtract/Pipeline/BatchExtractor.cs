using System.Diagnostics;
using IncidentExtract.Output;
using IncidentExtract.Reading;

namespace IncidentExtract.Pipeline;

/// <summary>Progress of a batch: documents done of total (null when a stream's length is unknown), and characters read so far.</summary>
public readonly record struct BatchProgress(int FilesDone, int? FilesTotal, long Bytes, TimeSpan Elapsed)
{
    public double MegabytesPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Bytes / 1_000_000.0 / Elapsed.TotalSeconds;
}

/// <summary>What a batch did: how many documents were extracted, which failed and why, how many records were written.</summary>
public sealed record BatchSummary(int FilesRead, IReadOnlyList<ReadFailure> Failures, int Records, long Bytes, TimeSpan Elapsed);

/// <summary>
/// Extracts many documents on <c>jobs</c> threads and writes their records in input order as soon
/// as each document's turn comes, so output is byte-identical for any job count and memory holds
/// only a small window of finished documents, never the corpus. A document that cannot be read,
/// or that the engine fails on, is reported and skipped; it never stops the others.
/// </summary>
public sealed class BatchExtractor(ExtractionEngine engine)
{
    private sealed record DocumentResult(IReadOnlyList<IncidentRecord> Records, ReadFailure? Failure, long Bytes);

    /// <summary>Files (and <c>-</c>), read one after another ahead of the workers that extract them.</summary>
    public BatchSummary Run(
        IReadOnlyList<InputSource> inputs,
        IRecordWriter writer,
        int jobs,
        Action<ReadFailure> onFailure,
        Action<BatchProgress>? onProgress = null,
        CancellationToken cancel = default) =>
        Run(inputs, input => DocumentReader.Read(input), i => i.Path, inputs.Count, writer, jobs, onFailure, onProgress, cancel);

    /// <summary>
    /// Any sequence of inputs, read in order by <paramref name="read"/> on one thread ahead of the workers (a file
    /// path, a JSON line); <paramref name="total"/> is null for a stream. <paramref name="name"/> names an input
    /// in the error when reading it throws.
    /// </summary>
    public BatchSummary Run<TInput>(
        IEnumerable<TInput> inputs,
        Func<TInput, ReadResult> read,
        Func<TInput, string> name,
        int? total,
        IRecordWriter writer,
        int jobs,
        Action<ReadFailure> onFailure,
        Action<BatchProgress>? onProgress = null,
        CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<ReadFailure>();
        int done = 0, records = 0;
        long bytes = 0;
        // Inputs are read on the map's reader thread, ahead of the workers: with one job the file system and the
        // decoding then run beside the extraction instead of before each document's.
        var documents = inputs.Select(input => TryRead(input, read, name));
        foreach (var result in OrderedParallelMap.Run(documents, Process, jobs, window: jobs * 4, cancel))
        {
            if (result.Failure is { } failure)
            {
                failures.Add(failure);
                onFailure(failure);
            }
            foreach (var record in result.Records) writer.Write(record);
            done++;
            records += result.Records.Count;
            bytes += result.Bytes;
            onProgress?.Invoke(new BatchProgress(done, total, bytes, clock.Elapsed));
        }
        writer.Flush();
        return new BatchSummary(done - failures.Count, failures, records, bytes, clock.Elapsed);
    }

    private static ReadResult TryRead<TInput>(TInput input, Func<TInput, ReadResult> read, Func<TInput, string> name)
    {
        try { return read(input); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadResult.Fail(name(input), $"unreadable ({e.GetType().Name}: {e.Message})");
        }
    }

    private DocumentResult Process(ReadResult result)
    {
        if (result.Failure is { } failure) return new DocumentResult([], failure, 0);
        var document = result.Document!;
        try { return new DocumentResult(engine.Extract(document), null, document.Text.Length); }
        catch (Exception e)
        {
            // A bug in one stage on one odd document must not cost the rest of the archive.
            return new DocumentResult([], new ReadFailure(document.Path, $"extraction failed ({e.GetType().Name}: {e.Message})"), document.Text.Length);
        }
    }
}
