using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using System.Text;
using IncidentExtract.Evaluation;
using IncidentExtract.Gazetteers;
using IncidentExtract.Output;
using IncidentExtract.Pipeline;
using IncidentExtract.Reading;
using IncidentExtract.Segmentation;

namespace IncidentExtract.Cli;

/// <summary>
/// incx's commands and options, each defined once with its help. Argument checking happens here;
/// the work is done by the library.
/// </summary>
public static class CommandLine
{
    /// <param name="console">The streams the commands use: <see cref="CliConsole.ForProcess"/>, or a test's own.</param>
    /// <param name="engines">Builds the extraction engine; null: from the gazetteer, once per run.</param>
    public static RootCommand Build(CliConsole console, EngineFactory? engines = null)
    {
        var root = new RootCommand("""
            incx: turn conflict and terrorism situation reports into a structured incident dataset.

            Examples:
              incx extract reports/ > incidents.jsonl
              incx extract reports/ -o incidents.csv
              incx eval --gold samples/gold --pred incidents.jsonl
            """);
        // The built-in --version names the entry assembly, which is not incx when the CLI runs hosted (tests, a tool shim).
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new PrintVersion(console);
        root.Add(ExtractCommand(console, engines));
        root.Add(SegmentCommand(console));
        root.Add(EvalCommand(console));
        return root;
    }

    /// <summary>
    /// Parses and runs one command line. A usage error is one stderr line per problem and a hint,
    /// exit 1: the help text is printed only when asked for, so it never lands in a pipeline's stdout.
    /// </summary>
    /// <param name="terminationTimeout">How long Ctrl-C/SIGTERM waits for the run to clean up; null (tests) registers no handlers.</param>
    public static int Invoke(string[] args, CliConsole console, TimeSpan? terminationTimeout, EngineFactory? engines = null)
    {
        var parse = Build(console, engines).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) console.Error.WriteLine($"incx: {e.Message}");
            var command = parse.CommandResult.Command is RootCommand ? "incx" : $"incx {parse.CommandResult.Command.Name}";
            console.Error.WriteLine($"Run '{command} --help' for usage and examples.");
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            ProcessTerminationTimeout = terminationTimeout,
        });
    }

    private sealed class PrintVersion(CliConsole console) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var assembly = typeof(CommandLine).Assembly;
            console.Out.WriteLine(assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString() ?? "unknown");
            return ExitCodes.Ok;
        }
    }

    private static Command ExtractCommand(CliConsole console, EngineFactory? engines)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Report files, folders (read recursively: .txt, .md, .html, .htm) or - for stdin. "
                + "With --input jsonl: JSON Lines files of documents, default stdin.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(r =>
        {
            // An unknown option would otherwise be read as a file name and fail later as "no such file".
            foreach (var token in r.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-')
                    r.AddError($"unknown option {token.Value} (a file whose name starts with - can be given as ./{token.Value})");
        });
        var filesFrom = new Option<string?>("--files-from")
        {
            Description = "Also read the paths listed in FILE, one per line (- for stdin), e.g. from find.",
            HelpName = "FILE|-",
        };
        var input = new Option<string>("--input", "-i")
        {
            Description = "What the inputs hold: reports (default), or jsonl: one document per line, "
                + "{\"id\": …, \"text\": …, \"title\": …}, read as a stream; each record's doc is the id.",
            DefaultValueFactory = _ => "reports",
            HelpName = "reports|jsonl",
        };
        input.AcceptOnlyFromAmong("reports", "jsonl");
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: jsonl or csv. Default: from the -o extension, else jsonl.",
            HelpName = "jsonl|csv",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to FILE (written under a temporary name, renamed when complete) instead of stdout.",
            HelpName = "FILE",
        };
        var gazetteer = new Option<string?>("--gazetteer")
        {
            Description = "A gazetteer YAML merged over the built-in one (same name: yours wins).",
            HelpName = "FILE",
        };
        // No DefaultValueFactory: help would print this machine's core count as the default.
        var jobs = new Option<int?>("--jobs", "-j")
        {
            Description = "Documents extracted in parallel (default: one per processor). Output order never depends on it.",
            HelpName = "N",
        };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() < 1) r.AddError("--jobs must be at least 1");
        });
        var noProgress = new Option<bool>("--no-progress") { Description = "Never show the progress line on stderr." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing on stderr but errors." };

        var command = new Command("extract", """
            Extract incident records from reports, one JSON object (or CSV row) per incident.
            A bad input gets a one-line error on stderr and the others are still extracted.
            Exit codes: 0 all good; 1 usage or configuration error; 2 some inputs failed.

            Examples:
              incx extract samples/ > incidents.jsonl
              incx extract samples/ -f csv -o incidents.csv --jobs 2
              cat report.txt | incx extract -
              find archive -name '*.html' | incx extract --files-from - -o incidents.jsonl
              incx extract --input jsonl < documents.jsonl > incidents.jsonl
            """)
        {
            paths, filesFrom, input, format, output, gazetteer, jobs, noProgress, quiet,
        };
        command.Validators.Add(r =>
        {
            bool jsonl = r.GetValue(input) == "jsonl";
            int stdinUses = (r.GetValue(paths) ?? []).Count(p => p == InputSource.StdinPath)
                + (r.GetValue(filesFrom) == InputSource.StdinPath ? 1 : 0)
                + (jsonl && (r.GetValue(paths) ?? []).Length == 0 && r.GetValue(filesFrom) is null ? 1 : 0);
            if (!jsonl && (r.GetValue(paths) ?? []).Length == 0 && r.GetValue(filesFrom) is null)
                r.AddError("give a PATH, --files-from FILE, or --input jsonl to read documents from stdin");
            else if (stdinUses > 1)
                r.AddError("stdin (-) can be read only once");
        });
        command.SetAction((parse, cancel) => Task.FromResult(new ExtractRunner(console, engines).Run(new ExtractSettings(
            parse.GetValue(paths) ?? [],
            parse.GetValue(filesFrom),
            parse.GetValue(input) == "jsonl" ? InputKind.JsonLines : InputKind.Reports,
            OutputFormats.Choose(parse.GetValue(format), parse.GetValue(output)),
            parse.GetValue(output),
            parse.GetValue(gazetteer),
            parse.GetValue(jobs) ?? Environment.ProcessorCount,
            ShowProgress: !parse.GetValue(noProgress) && !parse.GetValue(quiet) && console.ErrorIsTerminal,
            Quiet: parse.GetValue(quiet)), cancel)));
        return command;
    }

    private static Command SegmentCommand(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A report (.txt, .md, .html) or - for stdin." };
        var command = new Command("segment", """
            Print how a report was read: one node per line (title, heading, bullet, paragraph, caption,
            footnote, chrome, meta), indented by depth, with its line number and first words.

            Example:
              incx segment samples/003_ca9f8efca7d3c31e.txt
            """) { file };
        command.SetAction(parse =>
        {
            var result = DocumentReader.Read(new InputSource(parse.GetValue(file)!), console.OpenStdin);
            if (result.Failure is { } failure)
            {
                console.Error.WriteLine($"incx: {failure}");
                return ExitCodes.InputFailed;
            }
            ReportTreePrinter.Print(new ReportSegmenter().Segment(result.Document!.Text), console.Out);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command EvalCommand(CliConsole console)
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold incidents: a .jsonl file or a folder of them.",
            Required = true,
            HelpName = "DIR_OR_FILE",
        };
        var pred = new Option<string>("--pred")
        {
            Description = "Predicted records from incx extract (JSON Lines or CSV).",
            Required = true,
            HelpName = "FILE",
        };
        var misses = new Option<bool>("--misses") { Description = "Also list missed gold incidents, spurious records and wrong field values." };
        var command = new Command("eval", """
            Score predicted records against gold incidents: incident precision/recall/F1 and per-field accuracy.

            Example:
              incx extract samples/ -o pred.jsonl && incx eval --gold samples/gold --pred pred.jsonl --misses
            """) { gold, pred, misses };
        command.SetAction(parse =>
        {
            try
            {
                var g = EvalInputReader.ReadGold(parse.GetValue(gold)!);
                var p = EvalInputReader.ReadPredictions(parse.GetValue(pred)!);
                EvalReportPrinter.Print(Evaluator.Evaluate(g, p), console.Out, parse.GetValue(misses));
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or CsvHelper.CsvHelperException)
            {
                console.Error.WriteLine($"incx eval: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}

/// <summary>The SPEC's exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int InputFailed = 2;
    public const int Interrupted = 130;
}
