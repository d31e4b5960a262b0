namespace IncidentExtract.Reading;

/// <summary>One input to read: a file path, or standard input (<c>-</c>).</summary>
public sealed record InputSource(string Path)
{
    public const string StdinPath = "-";
    public bool IsStdin => Path == StdinPath;
}

/// <summary>
/// Expands the command line's PATHs into the ordered list of inputs: files as given, folders
/// recursively (report extensions only, sorted ordinally so the order never depends on the file
/// system), <c>-</c> for stdin. Paths that yield nothing become failures, not exceptions.
/// </summary>
public static class InputExpander
{
    public static readonly IReadOnlySet<string> ReportExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm" };

    public static (IReadOnlyList<InputSource> Inputs, IReadOnlyList<ReadFailure> Failures) Expand(IEnumerable<string> paths)
    {
        var inputs = new List<InputSource>();
        var failures = new List<ReadFailure>();
        foreach (var path in paths)
        {
            if (path == InputSource.StdinPath) inputs.Add(new InputSource(path));
            else if (File.Exists(path)) inputs.Add(new InputSource(path));
            else if (Directory.Exists(path))
            {
                var files = ReportFilesUnder(path, failures);
                if (files.Count == 0) failures.Add(new ReadFailure(path, "folder holds no .txt, .md, .html or .htm reports"));
                inputs.AddRange(files.Select(f => new InputSource(f)));
            }
            else failures.Add(new ReadFailure(path, "no such file or folder"));
        }
        return (inputs, failures);
    }

    /// <summary>
    /// The paths of a <c>--files-from</c> list (what <c>find … -print</c> writes): one per line,
    /// blank lines skipped, a CR before the LF dropped; nothing else is trimmed, since a path may
    /// end in a space.
    /// </summary>
    public static IReadOnlyList<string> ReadPathList(TextReader reader)
    {
        var paths = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
            if (!string.IsNullOrWhiteSpace(line)) paths.Add(line);
        return paths;
    }

    private static List<string> ReportFilesUnder(string folder, List<ReadFailure> failures)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var files = new List<string>();
        try
        {
            foreach (var f in Directory.EnumerateFiles(folder, "*", options))
                if (ReportExtensions.Contains(Path.GetExtension(f))) files.Add(f);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            failures.Add(new ReadFailure(folder, $"cannot list folder ({e.Message})"));
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
