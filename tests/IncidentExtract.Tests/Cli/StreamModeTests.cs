using System.Text;
using System.Text.Json;
using IncidentExtract.Cli;

namespace IncidentExtract.Tests.Cli;

/// <summary>
/// The documents-in stream (<c>--input jsonl</c>), the mode incx runs in as a Hadoop Streaming
/// mapper, under Spark's RDD.pipe or GNU parallel: sharding the input and concatenating the
/// outputs must give exactly the whole run's records.
/// </summary>
public sealed class StreamModeTests : IDisposable
{
    private static readonly string Samples = Path.Combine(Tests.Pipeline.RepositoryRoot.Path, "samples");

    private static readonly string[] SampleFiles =
        Directory.GetFiles(Samples, "*.txt").Order(StringComparer.Ordinal).ToArray();

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A sample as one JSON line, id = its file name (what gold files and incx eval match on).</summary>
    private static string DocumentLine(string file) =>
        JsonSerializer.Serialize(new { id = Path.GetFileName(file), text = File.ReadAllText(file) });

    private static string Stream(IEnumerable<string> files) => string.Concat(files.Select(f => DocumentLine(f) + "\n"));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Sharded_runs_concatenated_give_exactly_the_whole_run(int jobs)
    {
        string j = jobs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var whole = Incx.Run(["extract", "--input", "jsonl", "-j", j], Stream(SampleFiles));
        var shards = SampleFiles.Chunk(2).Select(shard => Incx.Run(["extract", "--input", "jsonl", "-j", j], Stream(shard))).ToList();

        whole.Exit.Should().Be(0);
        whole.StdoutLines.Should().HaveCountGreaterThan(100);
        shards.Should().HaveCount(3).And.OnlyContain(s => s.Exit == 0 && s.Stderr.Length == 0);
        string.Concat(shards.Select(s => s.Stdout)).Should().Be(whole.Stdout);
    }

    [Fact]
    public void Stream_records_equal_the_file_records_with_the_id_as_doc()
    {
        var files = Incx.Run("extract", Samples);
        var stream = Incx.Run(["extract", "--input", "jsonl"], Stream(SampleFiles));

        stream.Exit.Should().Be(0);
        stream.Stdout.Should().Be(files.Stdout.Replace($"\"doc\":\"{Samples}/", "\"doc\":\""));
    }

    [Fact]
    public void Title_field_goes_first_as_the_report_title()
    {
        var file = SampleFiles.Single(f => Path.GetFileName(f).StartsWith("003_", StringComparison.Ordinal));
        var lines = File.ReadAllText(file).Split('\n', 2);
        var withTitle = JsonSerializer.Serialize(new { id = Path.GetFileName(file), title = lines[0], text = lines[1].TrimStart('\n') });

        var stream = Incx.Run(["extract", "--input", "jsonl"], withTitle + "\n");
        var direct = Incx.Run(["extract", "--input", "jsonl"], DocumentLine(file) + "\n");

        stream.Exit.Should().Be(0);
        stream.Stdout.Should().Be(direct.Stdout);
        JsonDocument.Parse(stream.StdoutLines[0]).RootElement.GetProperty("report_title").GetString()
            .Should().Be("Spotlight on Global Jihad (November 21-27, 2019)");
    }

    [Fact]
    public void Jsonl_files_are_read_in_turn_and_a_missing_one_is_one_error()
    {
        var a = _folder.File("part-00000.jsonl", Stream(SampleFiles.Take(2)));
        var b = _folder.File("part-00001.jsonl", Stream(SampleFiles.Skip(2)));
        var missing = Path.Combine(_folder.Path, "part-00002.jsonl");

        var run = Incx.Run("extract", "--input", "jsonl", a, missing, b);
        var whole = Incx.Run(["extract", "--input", "jsonl"], Stream(SampleFiles));

        run.Exit.Should().Be(2);
        run.ErrorLines.Should().Equal($"incx: {missing}: no such file");
        run.Stdout.Should().Be(whole.Stdout);
    }

    [Fact]
    public void Jsonl_files_can_be_listed_on_stdin()
    {
        var a = _folder.File("part-00000.jsonl", Stream(SampleFiles.Take(3)));
        var b = _folder.File("part-00001.jsonl", Stream(SampleFiles.Skip(3)));

        var run = Incx.Run(["extract", "--input", "jsonl", "--files-from", "-"], $"{a}\n{b}\n");
        var whole = Incx.Run(["extract", "--input", "jsonl"], Stream(SampleFiles));

        run.Exit.Should().Be(0);
        run.Stdout.Should().Be(whole.Stdout);
    }

    [Fact]
    public void Records_stream_out_before_stdin_ends()
    {
        // stdin holds one document, then blocks until that document's records are on stdout: a
        // reader that slurped stdin first would never see them and the check below would fail.
        var written = new StringWriter();
        var output = TextWriter.Synchronized(written); // locks on itself: the gate reads while the run writes
        var stdin = new GatedStream(Encoding.UTF8.GetBytes(DocumentLine(SampleFiles[^1]) + "\n"), () =>
        {
            lock (output) return written.ToString().Contains("\"id\":", StringComparison.Ordinal);
        });
        var console = new CliConsole(output, new StringWriter(), () => stdin, ErrorIsTerminal: false);

        int exit = CommandLine.Invoke(["extract", "--input", "jsonl"], console, terminationTimeout: null);

        exit.Should().Be(0);
        stdin.OutputSeenBeforeEnd.Should().BeTrue();
    }

    [Fact]
    public void A_stream_that_breaks_midway_keeps_the_documents_before_the_break()
    {
        var first = DocumentLine(SampleFiles[^1]) + "\n";
        var breaking = new BreakingStream(Encoding.UTF8.GetBytes(first));
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = CommandLine.Invoke(["extract", "--input", "jsonl"], new CliConsole(output, error, () => breaking, false), terminationTimeout: null);
        var whole = Incx.Run(["extract", "--input", "jsonl"], first);

        exit.Should().Be(2);
        error.ToString().Should().Be("incx: stdin: unreadable after line 1 (Input/output error)" + Environment.NewLine);
        output.ToString().Should().Be(whole.Stdout).And.NotBeEmpty();
    }

    /// <summary>Serves its bytes, then fails as a disk or a network mount does.</summary>
    private sealed class BreakingStream(byte[] bytes) : GatedStream(bytes, () => true)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = base.Read(buffer, offset, count);
            return n > 0 ? n : throw new IOException("Input/output error");
        }
    }

    /// <summary>Serves its bytes, then waits (up to a minute, so a broken reader fails rather than hangs) for a condition before reporting end of stream.</summary>
    private class GatedStream(byte[] bytes, Func<bool> gate) : Stream
    {
        private int _position;

        public bool OutputSeenBeforeEnd { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position < bytes.Length)
            {
                int n = Math.Min(count, bytes.Length - _position);
                Array.Copy(bytes, _position, buffer, offset, n);
                _position += n;
                return n;
            }
            OutputSeenBeforeEnd = SpinWait.SpinUntil(gate, TimeSpan.FromMinutes(1));
            return 0;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
