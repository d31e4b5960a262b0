using IncidentExtract.Reading;

namespace IncidentExtract.Tests.Reading;

public sealed class InputExpanderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("incx-inputs-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Folders_are_read_recursively_in_ordinal_order_keeping_only_report_extensions()
    {
        Directory.CreateDirectory(Path.Combine(_root, "b"));
        File.WriteAllText(Path.Combine(_root, "b", "2.md"), "x");
        File.WriteAllText(Path.Combine(_root, "a.txt"), "x");
        File.WriteAllText(Path.Combine(_root, "C.html"), "x");
        File.WriteAllText(Path.Combine(_root, "notes.pdf"), "x");

        var (inputs, failures) = InputExpander.Expand([_root]);

        failures.Should().BeEmpty();
        inputs.Select(i => Path.GetRelativePath(_root, i.Path)).Should().Equal("C.html", "a.txt", Path.Combine("b", "2.md"));
    }

    [Fact]
    public void Missing_paths_and_empty_folders_are_failures_naming_the_path()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;
        var missing = Path.Combine(_root, "nope.txt");

        var (inputs, failures) = InputExpander.Expand([missing, empty, "-"]);

        inputs.Should().ContainSingle().Which.IsStdin.Should().BeTrue();
        failures.Should().Equal(
            new ReadFailure(missing, "no such file or folder"),
            new ReadFailure(empty, "folder holds no .txt, .md, .html or .htm reports"));
    }
}

public class PathListTests
{
    [Fact]
    public void A_files_from_list_is_one_path_per_line_with_blank_lines_skipped()
    {
        var list = new StringReader("samples/003_ca9f8efca7d3c31e.txt\r\n\nreports/ISIS Still Active in Syria and Iraq .html\n");

        InputExpander.ReadPathList(list).Should().Equal("samples/003_ca9f8efca7d3c31e.txt", "reports/ISIS Still Active in Syria and Iraq .html");
    }
}
