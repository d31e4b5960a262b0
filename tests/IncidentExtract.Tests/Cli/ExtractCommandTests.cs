using System.Reflection;
using IncidentExtract.Cli;
using IncidentExtract.Output;

namespace IncidentExtract.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Good = "004_08963c1b09683d1f";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var version = typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var run = Incx.Run("--version");

        run.Exit.Should().Be(0);
        run.Stdout.Trim().Should().Be(version).And.StartWith("0.1.0");
    }

    [Theory]
    [InlineData(new string[0], "incx extract reports/ > incidents.jsonl")]
    [InlineData(new[] { "extract" }, "incx extract --input jsonl < documents.jsonl > incidents.jsonl")]
    [InlineData(new[] { "segment" }, "incx segment samples/003_ca9f8efca7d3c31e.txt")]
    [InlineData(new[] { "eval" }, "incx eval --gold samples/gold --pred pred.jsonl --misses")]
    public void Every_command_has_help_with_an_example(string[] command, string example)
    {
        var run = Incx.Run([.. command, "--help"]);

        run.Exit.Should().Be(0);
        run.Stdout.Should().Contain("Usage:").And.Contain("Example").And.Contain(example);
        run.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData(new[] { "extract", "--bogus", "samples" }, "unknown option --bogus")]
    [InlineData(new[] { "extract" }, "give a PATH, --files-from FILE, or --input jsonl")]
    [InlineData(new[] { "extract", "-j", "0", "samples" }, "--jobs must be at least 1")]
    [InlineData(new[] { "extract", "-f", "xml", "samples" }, "xml")]
    [InlineData(new[] { "extract", "--files-from", "-", "-" }, "stdin (-) can be read only once")]
    public void Usage_errors_exit_1_with_the_reason_on_stderr(string[] args, string reason)
    {
        var run = Incx.Run(args);

        run.Exit.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.ErrorLines.Should().Contain(l => l.StartsWith("incx: ") && l.Contains(reason));
        run.ErrorLines[^1].Should().Be("Run 'incx extract --help' for usage and examples.");
    }

    [Fact]
    public void Bad_gazetteer_is_a_configuration_error_naming_line_and_column()
    {
        var gazetteer = _folder.File("places.yaml", "places:\n  - name: Samarra\n    lat: [34.198\n");

        var run = Incx.Run("extract", "--gazetteer", gazetteer, _folder.Sample(Good));

        run.Exit.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("incx: bad gazetteer:").And.MatchRegex(@"places\.yaml:\d+:\d+: ");
    }

    [Fact]
    public void Files_from_reads_one_path_per_line_from_a_file_or_stdin()
    {
        var a = _folder.Sample(Good, "a");
        var missing = Path.Combine(_folder.Path, "gone.txt");
        var list = _folder.File("list.txt", $"{a}\r\n\n{missing}\n");

        var fromFile = Incx.Run("extract", "--files-from", list);
        var fromStdin = Incx.Run(["extract", "--files-from", "-"], $"{a}\n{missing}\n");
        var direct = Incx.Run("extract", a);

        foreach (var run in new[] { fromFile, fromStdin })
        {
            run.Exit.Should().Be(2);
            run.ErrorLines.Should().Equal($"incx: {missing}: no such file or folder");
            run.Stdout.Should().Be(direct.Stdout);
        }
    }

    [Fact]
    public void Files_from_a_missing_list_is_a_usage_error()
    {
        var run = Incx.Run("extract", "--files-from", Path.Combine(_folder.Path, "list.txt"));

        run.Exit.Should().Be(1);
        run.ErrorLines.Should().Equal($"incx: cannot read --files-from {Path.Combine(_folder.Path, "list.txt")}: no such file");
    }

    [Fact]
    public void Output_file_is_complete_and_no_temporary_file_is_left()
    {
        var report = _folder.Sample(Good);
        var target = Path.Combine(_folder.Path, "out", "incidents.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        var toFile = Incx.Run("extract", report, "-o", target);
        var toStdout = Incx.Run("extract", report, "-f", "csv");

        toFile.Exit.Should().Be(0);
        toFile.Stdout.Should().BeEmpty();
        File.ReadAllText(target).Should().Be(toStdout.Stdout).And.StartWith("id,doc,");
        Directory.GetFiles(Path.GetDirectoryName(target)!).Should().Equal(target);
    }

    [Fact]
    public void Interrupted_run_leaves_no_partial_file_and_keeps_the_old_one()
    {
        var target = _folder.File("incidents.jsonl", "{\"id\":\"yesterday\"}\n");
        var error = new StringWriter();
        var console = new CliConsole(new StringWriter(), error, () => Stream.Null, ErrorIsTerminal: false);
        var settings = new ExtractSettings([_folder.Sample(Good)], null, InputKind.Reports, OutputFormat.JsonLines, target, null, 2, false, false);

        int exit = new ExtractRunner(console).Run(settings, new CancellationToken(canceled: true));

        exit.Should().Be(ExitCodes.Interrupted);
        error.ToString().Should().Be("incx: interrupted; no output file written" + Environment.NewLine);
        File.ReadAllText(target).Should().Be("{\"id\":\"yesterday\"}\n");
        Directory.GetFiles(_folder.Path).Should().Equal(target, Path.Combine(_folder.Path, Good + ".txt"));
    }

    [Fact]
    public void Output_into_a_missing_folder_is_a_usage_error_and_writes_nothing()
    {
        var target = Path.Combine(_folder.Path, "no-such-folder", "incidents.jsonl");

        var run = Incx.Run("extract", _folder.Sample(Good), "-o", target);

        run.Exit.Should().Be(1);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"incx: cannot write {target}:");
        Directory.Exists(Path.GetDirectoryName(target)).Should().BeFalse();
    }

    [Theory]
    [InlineData(true, new string[0], true)]
    [InlineData(false, new string[0], false)]
    [InlineData(true, new[] { "--quiet" }, false)]
    [InlineData(true, new[] { "--no-progress" }, false)]
    public void Progress_shows_on_a_terminal_only(bool terminal, string[] flags, bool shown)
    {
        var run = Incx.Run(["extract", _folder.Sample(Good), .. flags], stdin: "", errorIsTerminal: terminal);

        run.Exit.Should().Be(0);
        if (shown)
        {
            run.Stderr.Should().Contain("\r  1/1 files").And.Contain("MB/s");
            run.Stderr.Should().MatchRegex(@"incx: \d+ records from 1 documents in ");
        }
        else run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void A_report_on_stdin_is_read_with_dash()
    {
        var report = _folder.Sample(Good);

        var run = Incx.Run(["extract", "-"], File.ReadAllText(report));
        var direct = Incx.Run("extract", report);

        run.Exit.Should().Be(0);
        run.RecordIds.Select(id => id[id.IndexOf('#')..]).Should().Equal(direct.RecordIds.Select(id => id[id.IndexOf('#')..]));
    }

    [Fact]
    public void Html_report_is_extracted_like_its_text()
    {
        // Sample 001's shape as a web page: heading, lead-in bullet, nested province bullets, page furniture around them.
        var html = _folder.File("001.html", """
            <!DOCTYPE html>
            <html><head><title>Spotlight on Global Jihad (January 31 – February 6, 2019)</title>
            <style>li { color: red }</style><script>var tracking = "ISIS attacked";</script></head>
            <body><nav><a href="/">Home</a> <a href="/terror">Terrorism</a></nav>
            <h2>Main developments in Iraq</h2>
            <ul><li>Following are the highlights of ISIS’s activity in the past week:
              <ul>
                <li>Al-Anbar Province: The downing of an Iraqi army reconnaissance drone near the 60th kilometer west of Ramadi (Shabakat Shumukh, February 3, 2019).</li>
                <li>Salah al-Din Province: The killing of a collaborator with the Iraqi army with an IED in the Samarra area (Shabakat Shumukh, February 5, 2019).</li>
              </ul></li></ul>
            <footer>© ITIC 2019. Share on Facebook</footer></body></html>
            """);
        var text = _folder.File("001.txt", """
            Spotlight on Global Jihad (January 31 – February 6, 2019)

            Main developments in Iraq

            • Following are the highlights of ISIS’s activity in the past week:
              • Al-Anbar Province: The downing of an Iraqi army reconnaissance drone near the 60th kilometer west of Ramadi (Shabakat Shumukh, February 3, 2019).
              • Salah al-Din Province: The killing of a collaborator with the Iraqi army with an IED in the Samarra area (Shabakat Shumukh, February 5, 2019).

            """);

        var fromHtml = Incx.Run("extract", html);
        var fromText = Incx.Run("extract", text);

        fromHtml.Exit.Should().Be(0);
        fromHtml.StdoutLines.Should().HaveCount(2);
        fromHtml.Stdout.Replace("001.html", "001.txt").Should().Be(fromText.Stdout);
    }
}
