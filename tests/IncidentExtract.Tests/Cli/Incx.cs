using System.Text;
using IncidentExtract.Cli;

namespace IncidentExtract.Tests.Cli;

/// <summary>What one in-process run of the CLI printed and returned.</summary>
internal sealed record CliRun(int Exit, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] RecordIds => StdoutLines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();
}

/// <summary>Runs incx in-process with captured stdout/stderr and a given stdin, exactly as Program does.</summary>
internal static class Incx
{
    /// <summary>One engine on the built-in gazetteer for every run of the suite: building it is most of a small run's time.</summary>
    private static readonly Lazy<(global::IncidentExtract.Pipeline.ExtractionEngine, IReadOnlyList<string>)> DefaultEngine = new(() => ExtractRunner.BuildEngine(null));

    private static (global::IncidentExtract.Pipeline.ExtractionEngine, IReadOnlyList<string>) Engines(string? gazetteer) =>
        gazetteer is null ? DefaultEngine.Value : ExtractRunner.BuildEngine(gazetteer);

    public static CliRun Run(params string[] args) => Run(args, stdin: "", errorIsTerminal: false);

    public static CliRun Run(string[] args, string stdin, bool errorIsTerminal = false) =>
        Run(args, Encoding.UTF8.GetBytes(stdin), errorIsTerminal);

    public static CliRun Run(string[] args, byte[] stdin, bool errorIsTerminal = false)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, () => new MemoryStream(stdin, writable: false), errorIsTerminal);
        int exit = CommandLine.Invoke(args, console, terminationTimeout: null, Engines); // no signal handlers registered by a test
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary folder deleted with the test (permissions restored first, so a chmod 000 file cannot block it).</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("incx-test-").FullName;

    public string File(string name, string text) => Bytes(name, Encoding.UTF8.GetBytes(text));

    public string Bytes(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Sample(string stem, string? folder = null)
    {
        var source = System.IO.Path.Combine(Tests.Pipeline.RepositoryRoot.Path, "samples", stem + ".txt");
        var target = System.IO.Path.Combine(Path, folder ?? "", stem + ".txt");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        System.IO.File.Copy(source, target);
        return target;
    }

    public void Dispose()
    {
        foreach (var f in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
            if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(f, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.Delete(Path, recursive: true);
    }
}
