using System.Diagnostics;
using IncidentExtract.Output;
using IncidentExtract.Reading;

namespace IncidentExtract.Pipeline;

/// <summary>Progress of a batch: files done of total, and bytes read so far.</summary>
public readonly record struct BatchProgress(int FilesDone, int FilesTotal, long Bytes, TimeSpan Elapsed)
{
    public double MegabytesPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Bytes / 1_000_000.0 / Elapsed.TotalSeconds;
}

/// <summary>What a batch did: how many files were extracted, which failed and why, how many records were written.</summary>
public sealed record BatchSummary(int FilesRead, IReadOnlyList<ReadFailure> Failures, int Records, long Bytes, TimeSpan Elapsed);

/// <summary>
/// Extracts many inputs on <c>jobs</c> threads and writes their records in input order as soon as
/// each file's turn comes, so output is byte-identical for any job count and memory holds only a
/// small window of finished files, never the corpus.
/// </summary>
public sealed class BatchExtractor(ExtractionEngine engine)
{
    private sealed record FileResult(IReadOnlyList<IncidentRecord> Records, ReadFailure? Failure, long Bytes);

    public BatchSummary Run(
        IReadOnlyList<InputSource> inputs,
        IRecordWriter writer,
        int jobs,
        Action<ReadFailure> onFailure,
        Action<BatchProgress>? onProgress = null,
        CancellationToken cancel = default)
    {
        jobs = Math.Clamp(jobs, 1, 256);
        var clock = Stopwatch.StartNew();
        var slots = new TaskCompletionSource<FileResult>[inputs.Count];
        for (int i = 0; i < slots.Length; i++) slots[i] = new TaskCompletionSource<FileResult>(TaskCreationOptions.RunContinuationsAsynchronously);

        // Workers claim files in order; the window stops them running far ahead of the writer.
        using var window = new SemaphoreSlim(jobs * 4);
        int next = -1;
        var workers = Enumerable.Range(0, jobs).Select(_ => Task.Run(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < inputs.Count)
            {
                try
                {
                    window.Wait(cancel);
                    slots[i].SetResult(Process(inputs[i]));
                }
                catch (OperationCanceledException) { slots[i].TrySetCanceled(); }
                catch (Exception e) { slots[i].SetResult(new FileResult([], new ReadFailure(inputs[i].Path, $"extraction failed ({e.GetType().Name}: {e.Message})"), 0)); }
            }
        }, CancellationToken.None)).ToArray();

        var failures = new List<ReadFailure>();
        int records = 0;
        long bytes = 0;
        try
        {
            for (int i = 0; i < slots.Length; i++)
            {
                var result = slots[i].Task.GetAwaiter().GetResult();
                window.Release();
                if (result.Failure is { } failure)
                {
                    failures.Add(failure);
                    onFailure(failure);
                }
                foreach (var record in result.Records) writer.Write(record);
                records += result.Records.Count;
                bytes += result.Bytes;
                onProgress?.Invoke(new BatchProgress(i + 1, inputs.Count, bytes, clock.Elapsed));
            }
        }
        finally
        {
            Task.WaitAll(workers.Select(w => w.ContinueWith(_ => { })).ToArray());
        }
        writer.Flush();
        return new BatchSummary(inputs.Count - failures.Count, failures, records, bytes, clock.Elapsed);
    }

    private FileResult Process(InputSource input)
    {
        var read = DocumentReader.Read(input);
        if (read.Failure is { } failure) return new FileResult([], failure, 0);
        var document = read.Document!;
        return new FileResult(engine.Extract(document), null, document.Text.Length);
    }
}
