using System.Text;

namespace IncidentExtract.Cli;

/// <summary>
/// The streams a command talks to. The process uses the real ones; tests pass their own, so the
/// whole CLI runs in-process with captured output and a given stdin.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin, bool ErrorIsTerminal)
{
    /// <summary>
    /// stdout as one buffered UTF-8 writer (Console.Out flushes on every write, which costs a
    /// system call per record); the caller flushes it at exit.
    /// </summary>
    public static CliConsole ForProcess() => new(
        new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16),
        Console.Error,
        Console.OpenStandardInput,
        ErrorIsTerminal: !Console.IsErrorRedirected);
}
