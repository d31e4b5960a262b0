namespace IncidentExtract.Tests.Cli;

/// <summary>The README shows every command's --help; these keep it the help the code prints.</summary>
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Tests.Pipeline.RepositoryRoot.Path, "README.md"));

    [Theory]
    [InlineData("incx --help", new[] { "--help" })]
    [InlineData("incx extract --help", new[] { "extract", "--help" })]
    [InlineData("incx segment --help", new[] { "segment", "--help" })]
    [InlineData("incx eval --help", new[] { "eval", "--help" })]
    public void Readme_shows_the_help_each_command_prints(string heading, string[] args)
    {
        var marker = $"`{heading}`:\n\n```text\n";
        int start = Readme.IndexOf(marker, StringComparison.Ordinal);
        start.Should().BePositive($"the README's Command help section has a block for {heading}");
        start += marker.Length;
        var block = Readme[start..Readme.IndexOf("\n```", start, StringComparison.Ordinal)];

        var run = Incx.Run(args);

        run.Exit.Should().Be(0);
        // In-process the root command is named after the test host; as a program it is incx.
        var help = run.Stdout.Replace($"  {System.CommandLine.RootCommand.ExecutableName} ", "  incx ", StringComparison.Ordinal);
        help.Replace("\r\n", "\n").TrimEnd('\n').Should().Be(block);
    }
}
