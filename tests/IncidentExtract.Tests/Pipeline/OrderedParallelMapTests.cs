using IncidentExtract.Pipeline;

namespace IncidentExtract.Tests.Pipeline;

public class OrderedParallelMapTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Results_come_in_input_order_whatever_the_thread_count(int jobs)
    {
        // Early items take longest, so they finish last when run in parallel.
        var results = OrderedParallelMap.Run(Enumerable.Range(0, 200), i => { Thread.SpinWait((200 - i) * 200); return i * 3; }, jobs, window: jobs * 4, CancellationToken.None);

        results.Should().Equal(Enumerable.Range(0, 200).Select(i => i * 3));
    }

    [Fact]
    public void The_source_is_never_read_more_than_a_window_ahead_of_the_consumer()
    {
        int pulled = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 1_000; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return i;
            }
        }
        const int window = 8;

        using var results = OrderedParallelMap.Run(Source(), i => i, jobs: 2, window, CancellationToken.None).GetEnumerator();
        results.MoveNext().Should().BeTrue();
        // Give the reader every chance to run ahead; it must stop at the window.
        SpinWait.SpinUntil(() => Volatile.Read(ref pulled) > window + 2, TimeSpan.FromMilliseconds(500));

        Volatile.Read(ref pulled).Should().BeLessThanOrEqualTo(window + 2);
    }

    [Fact]
    public void A_failing_source_fails_after_the_items_read_before_it()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new IOException("Input/output error");
        }
        var seen = new List<int>();

        var act = () => { foreach (var r in OrderedParallelMap.Run(Source(), i => i, 2, 8, CancellationToken.None)) seen.Add(r); };

        act.Should().Throw<IOException>().WithMessage("Input/output error");
        seen.Should().Equal(1, 2);
    }

    [Fact]
    public void A_cancelled_run_throws_instead_of_ending_early()
    {
        var act = () => OrderedParallelMap.Run(Enumerable.Range(0, 100), i => i, 2, 8, new CancellationToken(canceled: true)).ToList();

        act.Should().Throw<OperationCanceledException>();
    }
}
