using System.CommandLine;
using IncidentExtract.Reading;
using IncidentExtract.Segmentation;

namespace IncidentExtract.Cli;

/// <summary>Defines incx's commands and options, each once with its help; the work is in the library.</summary>
public static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("incx: turn conflict and terrorism situation reports into a structured incident dataset.");
        root.Add(SegmentCommand());
        return root;
    }

    private static Command SegmentCommand()
    {
        var file = new Argument<string>("FILE") { Description = "A report (.txt, .md, .html) or - for stdin." };
        var command = new Command("segment", "Print the section/bullet tree of one report, to see how it was read.\nExample: incx segment samples/003_ca9f8efca7d3c31e.txt") { file };
        command.SetAction(parse =>
        {
            var result = DocumentReader.Read(new InputSource(parse.GetValue(file)!));
            if (result.Failure is { } failure)
            {
                Console.Error.WriteLine($"incx: {failure}");
                return ExitCodes.InputFailed;
            }
            ReportTreePrinter.Print(new ReportSegmenter().Segment(result.Document!.Text), Console.Out);
            return ExitCodes.Ok;
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
}
