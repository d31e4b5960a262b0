using System.Text;
using IncidentExtract.Reading;
using Xunit.Abstractions;

namespace IncidentExtract.Tests.Cli;

/// <summary>
/// The bad inputs, one test each, through the whole CLI: every bad input gets exactly one
/// stderr line naming it and the reason (or is read), the good report beside it is still
/// extracted, and the run ends with the SPEC's exit code. No assertion is on time.
/// </summary>
public sealed class BadInputTests(ITestOutputHelper output) : IDisposable
{
    private const string Good = "004_08963c1b09683d1f";

    /// <summary>Real bullets from sample 001; the event line the large inputs wrap.</summary>
    private const string DroneBullet = "Al-Anbar Province: The downing of an Iraqi army reconnaissance drone near the 60th kilometer west of Ramadi (Shabakat Shumukh, February 3, 2019).";
    private const string IedBullet = "Salah al-Din Province: The killing of a collaborator with the Iraqi army with an IED in the Samarra area (Shabakat Shumukh, February 5, 2019).";

    /// <summary>The ids the good report yields alone: what every mixed run must still emit.</summary>
    private static readonly Lazy<string[]> GoodIds = new(() =>
    {
        using var folder = new TempFolder();
        var run = Incx.Run("extract", folder.Sample(Good));
        run.Exit.Should().Be(0);
        return run.RecordIds;
    });

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private CliRun ExtractFolder()
    {
        _folder.Sample(Good);
        return Incx.Run("extract", "--jobs", "2", _folder.Path);
    }

    private void ShouldFailOnlyOn(CliRun run, string path, string reason)
    {
        run.Exit.Should().Be(2);
        run.ErrorLines.Should().Equal($"incx: {path}: {reason}");
        run.RecordIds.Should().Equal(GoodIds.Value);
    }

    [Fact]
    public void Missing_file_is_named_and_the_other_inputs_are_still_extracted()
    {
        var good = _folder.Sample(Good);
        var missing = Path.Combine(_folder.Path, "2019-11-27.txt");

        var run = Incx.Run("extract", good, missing);

        ShouldFailOnlyOn(run, missing, "no such file or folder");
    }

    [Fact]
    public void Unreadable_file_is_named_as_permission_denied()
    {
        var locked = _folder.File("locked.txt", "Main events\n  • " + DroneBullet + "\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        if (CanStillRead(locked))
        {
            // Root ignores file modes, so the file system cannot produce the error here: the same
            // reading code path is driven by an opener that fails the way a real open(2) does.
            output.WriteLine("running as root: chmod 000 does not stop reading; checking DocumentReader with a failing opener instead");
            var result = DocumentReader.Read(new InputSource(locked), open: _ => throw new UnauthorizedAccessException($"Access to the path '{locked}' is denied."));
            result.Failure.Should().Be(new ReadFailure(locked, "unreadable (permission denied)"));
            return;
        }
        ShouldFailOnlyOn(ExtractFolder(), locked, "unreadable (permission denied)");
    }

    private static bool CanStillRead(string path)
    {
        try { using var _ = File.OpenRead(path); return true; }
        catch (UnauthorizedAccessException) { return false; }
    }

    [Fact]
    public void Folder_of_ten_thousand_small_files_is_read_whole_in_path_order()
    {
        // Mostly one non-event line each (cheap), an incident in every thousandth: the point is
        // the file count — listing, ordering, per-file overhead — not extraction work.
        for (int i = 0; i < 10_000; i++)
            _folder.File(Path.Combine("many", $"r{i:D5}.txt"),
                i % 1000 == 0 ? "Main developments in Iraq\n  • " + DroneBullet + "\n" : "Weekly review of global jihad.\n");

        var run = Incx.Run("extract", "--jobs", "2", Path.Combine(_folder.Path, "many"));

        run.Exit.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.RecordIds.Should().Equal(Enumerable.Range(0, 10).Select(k => $"r{k * 1000:D5}#2"));
    }

    [Fact]
    public void Zero_byte_file_is_named_as_empty()
    {
        var empty = _folder.Bytes("empty.txt", []);
        ShouldFailOnlyOn(ExtractFolder(), empty, "empty file");
    }

    [Fact]
    public void Binary_file_is_named_as_binary()
    {
        // A PNG saved with a report's extension: the header holds NUL bytes.
        var binary = _folder.Bytes("chart.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        ShouldFailOnlyOn(ExtractFolder(), binary, "binary file (contains NUL bytes)");
    }

    [Fact]
    public void Invalid_utf8_is_named_with_the_offset()
    {
        // A report saved as Windows-1252: the apostrophe of "ISIS’s" is the single byte 0x92.
        var text = "In Afghanistan, ISIS’s Khorasan Province suffered a severe blow.";
        var bytes = Encoding.UTF8.GetBytes(text.Replace('’', '\'')).ToArray();
        int offset = text.IndexOf('’');
        bytes[offset] = 0x92;
        var latin = _folder.Bytes("cp1252.txt", bytes);

        ShouldFailOnlyOn(ExtractFolder(), latin, $"not UTF-8 (invalid byte at offset {offset})");
    }

    [Fact]
    public void Utf16_with_bom_is_decoded_and_extracted_like_utf8()
    {
        var utf8 = _folder.Sample(Good, "utf8");
        var utf16 = Path.Combine(_folder.Path, "utf16", Good + ".txt");
        Directory.CreateDirectory(Path.GetDirectoryName(utf16)!);
        File.WriteAllText(utf16, File.ReadAllText(utf8), new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var a = Incx.Run("extract", utf8);
        var b = Incx.Run("extract", utf16);

        b.Exit.Should().Be(0);
        b.Stderr.Should().BeEmpty();
        b.Stdout.Should().Be(a.Stdout.Replace("/utf8/", "/utf16/"));
        b.RecordIds.Should().Equal(GoodIds.Value);
    }

    [Fact]
    public void Ten_megabyte_single_line_is_read_without_crash_or_hang()
    {
        // A minified dump: 10 MB of words with no sentence end. (A 10 MB line of short sentences
        // is read too, but today's engine is quadratic in the sentences of one block, minutes of
        // work; that is the engine's benchmark's business, not this test's.)
        var line = new StringBuilder(10_000_100);
        while (line.Length < 10_000_000) line.Append("the convoy moved along the highway toward the border crossing ");
        var big = _folder.File("one-line.txt", line.Append('\n').ToString());

        var run = ExtractFolder();

        run.Exit.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.RecordIds.Should().Equal(GoodIds.Value);
        new FileInfo(big).Length.Should().BeGreaterThan(10_000_000);
    }

    [Fact]
    public void Bullets_nested_fifty_deep_are_read_as_fifty_levels()
    {
        var text = new StringBuilder("Main developments in Iraq\n");
        for (int depth = 0; depth < 50; depth++)
            text.Append(' ', 2 * depth).Append("• ").Append(depth % 2 == 0 ? DroneBullet : IedBullet).Append('\n');
        var nested = _folder.File("nested.txt", text.ToString());

        var segment = Incx.Run("segment", nested);
        var run = Incx.Run("extract", nested);

        segment.Exit.Should().Be(0);
        var bullets = segment.StdoutLines.Where(l => l.TrimStart().StartsWith("bullet", StringComparison.Ordinal)).ToList();
        bullets.Should().HaveCount(50);
        bullets.Select(l => l.Length - l.TrimStart().Length).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        run.Exit.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.RecordIds.Should().Contain(["nested#2", "nested#51"]);
    }

    [Fact]
    public void Fifty_megabyte_report_is_read_to_its_last_line()
    {
        // 50 MB, nearly all of it blank padding between two real bullets: the size is the point
        // (reading, decoding, splitting), while the extraction work stays small.
        var path = Path.Combine(_folder.Path, "big.txt");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write("Main developments in Iraq\n  • " + DroneBullet + "\n");
            var padding = new string(' ', 999);
            for (int i = 0; i < 50_000; i++) writer.Write(padding + "\n");
            writer.Write("  • " + IedBullet + "\n");
        }

        var run = ExtractFolder();

        new FileInfo(path).Length.Should().BeGreaterThan(50_000_000);
        run.Exit.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.RecordIds.Should().Equal([.. GoodIds.Value, "big#2", "big#3"]); // ordinal path order: "004_…" sorts before "big"
    }

    [Fact]
    public void Jsonl_lines_that_are_not_json_or_lack_text_are_named_by_line_and_the_rest_extracted()
    {
        var good = Incx.Run("extract", _folder.Sample(Good));
        string document = System.Text.Json.JsonSerializer.Serialize(new { id = Good + ".txt", text = File.ReadAllText(_folder.Sample(Good, "again")) });
        var stdin = string.Join('\n',
            "{\"id\": \"a.txt\", \"text\": \"On May 17, ISIS launched an attack",   // cut off mid-line
            "{\"id\": \"b.txt\", \"title\": \"ISIS Still Active in Syria and Iraq\"}",
            document,
            "");

        var run = Incx.Run(["extract", "--input", "jsonl"], stdin);

        run.Exit.Should().Be(2);
        run.ErrorLines.Should().HaveCount(2);
        run.ErrorLines[0].Should().StartWith("incx: stdin line 1: not JSON (");
        run.ErrorLines[1].Should().Be("incx: stdin line 2: no \"text\" (a string)");
        run.RecordIds.Should().Equal(good.RecordIds);
    }

    [Fact]
    public void Folder_holding_every_bad_input_plus_the_samples_exits_2_and_emits_every_sample_record()
    {
        var samples = Path.Combine(_folder.Path, "samples");
        foreach (var f in Directory.EnumerateFiles(Path.Combine(Tests.Pipeline.RepositoryRoot.Path, "samples"), "*.txt"))
            _folder.Sample(Path.GetFileNameWithoutExtension(f), "samples");
        var alone = Incx.Run("extract", samples);

        var bad = new[]
        {
            (_folder.Bytes("bad/empty.txt", []), "empty file"),
            (_folder.Bytes("bad/chart.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]), "binary file (contains NUL bytes)"),
            (_folder.Bytes("bad/cp1252.txt", [0x49, 0x53, 0x49, 0x53, 0x92, 0x73]), "not UTF-8 (invalid byte at offset 4)"),
        };
        var locked = _folder.File("bad/locked.txt", "Main events\n  • " + DroneBullet + "\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        _folder.Bytes("odd/utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Main events\n  • " + DroneBullet + "\n")]);
        _folder.File("odd/one-line.txt", string.Concat(Enumerable.Repeat("the convoy moved along the highway ", 300_000)));
        var nested = new StringBuilder("Main events\n");
        for (int d = 0; d < 50; d++) nested.Append(' ', 2 * d).Append("• ").Append(DroneBullet).Append('\n');
        _folder.File("odd/nested.txt", nested.ToString());
        _folder.File("odd/big.txt", "Main events\n  • " + IedBullet + "\n" + string.Concat(Enumerable.Repeat(new string(' ', 999) + "\n", 50_000)));
        for (int i = 0; i < 10_000; i++) _folder.File($"odd/many/r{i:D5}.txt", "Weekly review of global jihad.\n");
        var missing = Path.Combine(_folder.Path, "missing.txt");

        var run = Incx.Run("extract", "--jobs", "2", _folder.Path, missing);

        run.Exit.Should().Be(2);
        var expectedErrors = bad.Select(b => $"incx: {b.Item1}: {b.Item2}").Append($"incx: {missing}: no such file or folder");
        if (!CanStillRead(locked)) expectedErrors = expectedErrors.Append($"incx: {locked}: unreadable (permission denied)");
        run.ErrorLines.Should().BeEquivalentTo(expectedErrors);
        alone.Exit.Should().Be(0);
        alone.StdoutLines.Should().HaveCountGreaterThan(100);
        run.StdoutLines.Where(l => l.Contains($"\"doc\":\"{samples}/", StringComparison.Ordinal)).Should().Equal(alone.StdoutLines);
        run.RecordIds.Should().Contain(["utf16#2", "big#2", "nested#2"]);
    }
}
