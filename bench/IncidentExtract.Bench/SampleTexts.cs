using System.Text;

namespace IncidentExtract.Bench;

/// <summary>The repository's sample reports, found by walking up to IncidentExtract.sln.</summary>
public sealed record SampleTexts(IReadOnlyList<string> Texts, long Utf8Bytes)
{
    public static SampleTexts Load()
    {
        var root = FindRepoRoot(AppContext.BaseDirectory) ?? FindRepoRoot(Directory.GetCurrentDirectory())
            ?? throw new DirectoryNotFoundException("IncidentExtract.sln not found above " + AppContext.BaseDirectory);
        var files = Directory.GetFiles(Path.Combine(root, "samples"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) throw new FileNotFoundException("no samples/*.txt under " + root);
        var texts = files.Select(f => File.ReadAllText(f, Encoding.UTF8)).ToArray();
        return new SampleTexts(texts, texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)));
    }

    private static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IncidentExtract.sln"))) return dir.FullName;
        return null;
    }
}
