using System.Collections.Concurrent;

namespace IncidentExtract.Pipeline;

/// <summary>
/// Maps a sequence on several threads and hands the results back in input order, holding at
/// most <c>window</c> items between the reader and the consumer: a stream of any length runs in
/// bounded memory, and the output never depends on the thread count. The source is enumerated
/// on one thread of its own, so it may read stdin line by line.
/// </summary>
public static class OrderedParallelMap
{
    public static IEnumerable<TResult> Run<TItem, TResult>(
        IEnumerable<TItem> source, Func<TItem, TResult> map, int jobs, int window, CancellationToken cancel)
    {
        jobs = Math.Clamp(jobs, 1, 256);
        window = Math.Max(window, jobs);
        // Not disposed: after a cancel the threads may still touch them; the GC reclaims them.
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var pending = new BlockingCollection<TaskCompletionSource<TResult>>(window);
        var work = new BlockingCollection<(TItem Item, TaskCompletionSource<TResult> Slot)>(window);

        var reader = Task.Factory.StartNew(() => Read(source, pending, work, stop.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var workers = new Task[jobs];
        for (int j = 0; j < jobs; j++)
            workers[j] = Task.Factory.StartNew(() => Work(work, map, stop.Token),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        bool finished = false;
        try
        {
            foreach (var slot in pending.GetConsumingEnumerable(stop.Token))
            {
                // BlockingCollection hands out items it already holds without looking at the token.
                stop.Token.ThrowIfCancellationRequested();
                try { slot.Task.Wait(stop.Token); }
                catch (AggregateException) { } // rethrown unwrapped just below
                yield return slot.Task.GetAwaiter().GetResult();
            }
            // The reader stops early on a cancel and ends the sequence: that must not read as a complete run.
            cancel.ThrowIfCancellationRequested();
            finished = true;
        }
        finally
        {
            // On an early exit (cancel, a consumer that stops) the threads are told to stop; the
            // caller does not wait for a long document to finish, it only needs them not to write.
            stop.Cancel();
            if (finished) Task.WaitAll([reader, .. workers]);
        }
    }

    private static void Read<TItem, TResult>(
        IEnumerable<TItem> source,
        BlockingCollection<TaskCompletionSource<TResult>> pending,
        BlockingCollection<(TItem, TaskCompletionSource<TResult>)> work,
        CancellationToken stop)
    {
        try
        {
            foreach (var item in source)
            {
                if (stop.IsCancellationRequested) break;
                var slot = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                pending.Add(slot, stop);
                work.Add((item, slot), stop);
            }
        }
        catch (OperationCanceledException) { }
        catch (Exception e)
        {
            // The source itself failed (stdin closed with an I/O error): the consumer meets the
            // exception in its place in the order, after every item read before it.
            var failed = new TaskCompletionSource<TResult>();
            failed.SetException(e);
            try { pending.Add(failed, stop); } catch (OperationCanceledException) { }
        }
        finally
        {
            pending.CompleteAdding();
            work.CompleteAdding();
        }
    }

    private static void Work<TItem, TResult>(
        BlockingCollection<(TItem Item, TaskCompletionSource<TResult> Slot)> work, Func<TItem, TResult> map, CancellationToken stop)
    {
        try
        {
            foreach (var (item, slot) in work.GetConsumingEnumerable(stop))
            {
                if (stop.IsCancellationRequested) { slot.TrySetCanceled(stop); continue; }
                try { slot.SetResult(map(item)); }
                catch (Exception e) { slot.SetException(e); }
            }
        }
        catch (OperationCanceledException) { }
    }
}
