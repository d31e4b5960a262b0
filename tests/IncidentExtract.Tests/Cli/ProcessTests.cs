using System.Diagnostics;
using System.Text.Json;

namespace IncidentExtract.Tests.Cli;

/// <summary>
/// incx as a real process, the way shell scripts run it: stdout and stderr redirected, signals
/// delivered by the OS. Everything else is tested in-process.
/// </summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>incx.dll as copied next to the tests (the test project references the CLI), run by the host running the tests.</summary>
    private static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "incx.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    [Fact]
    public void Records_go_to_stdout_and_the_one_error_line_to_stderr_with_exit_2()
    {
        using var incx = Start(RepositoryRoot(), "extract", "samples/", "nope.txt");
        incx.StandardInput.Close();
        var stdout = incx.StandardOutput.ReadToEndAsync();
        var stderr = incx.StandardError.ReadToEndAsync();

        incx.WaitForExit(TimeSpan.FromMinutes(2)).Should().BeTrue("incx must not hang");

        incx.ExitCode.Should().Be(2);
        stderr.Result.Should().Be("incx: nope.txt: no such file or folder\n");
        var lines = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCountGreaterThan(100);
        lines.Should().OnlyContain(l => JsonDocument.Parse(l, default).RootElement.GetProperty("doc").GetString()!.StartsWith("samples/"));
    }

    [Fact]
    public void Terminated_run_exits_130_and_leaves_no_output_file()
    {
        var document = JsonSerializer.Serialize(new { id = "004.txt", text = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "004_08963c1b09683d1f.txt")) });
        using var incx = Start(_folder.Path, "extract", "--input", "jsonl", "-o", "incidents.jsonl");
        var stderr = incx.StandardError.ReadToEndAsync();
        incx.StandardInput.WriteLine(document);
        incx.StandardInput.Flush(); // stdin stays open: the run is mid-stream when the signal comes

        SpinWait.SpinUntil(() => Directory.GetFiles(_folder.Path).Length > 0, TimeSpan.FromMinutes(1))
            .Should().BeTrue("the output's temporary file appears once the run has started");
        // SIGTERM, as a scheduler or timeout(1) sends; Ctrl-C's SIGINT takes the same path, but a
        // test cannot rely on it, since a shell running the suite in the background ignores it.
        using (var kill = Process.Start("kill", ["-TERM", incx.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();

        incx.WaitForExit(TimeSpan.FromMinutes(1)).Should().BeTrue("incx must stop on SIGTERM");
        incx.ExitCode.Should().Be(130);
        stderr.Result.Should().Be("incx: interrupted; no output file written\n");
        Directory.GetFiles(_folder.Path).Should().BeEmpty();
    }

    private static string RepositoryRoot() => Tests.Pipeline.RepositoryRoot.Path;
}
