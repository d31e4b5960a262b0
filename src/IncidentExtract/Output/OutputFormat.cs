namespace IncidentExtract.Output;

public enum OutputFormat { JsonLines, Csv }

public static class OutputFormats
{
    /// <summary>The SPEC's rule: -f wins, else the -o file's extension, else JSON Lines.</summary>
    public static OutputFormat Choose(string? format, string? outputPath) =>
        format?.ToLowerInvariant() switch
        {
            "csv" => OutputFormat.Csv,
            "jsonl" or "json" => OutputFormat.JsonLines,
            _ => Path.GetExtension(outputPath ?? "").Equals(".csv", StringComparison.OrdinalIgnoreCase)
                ? OutputFormat.Csv
                : OutputFormat.JsonLines,
        };

    public static IRecordWriter CreateWriter(OutputFormat format, TextWriter output) =>
        format == OutputFormat.Csv ? new CsvRecordWriter(output) : new JsonLinesRecordWriter(output);
}

/// <summary>Writes records one at a time, so output streams as files finish.</summary>
public interface IRecordWriter : IDisposable
{
    void Write(IncidentRecord record);
    void Flush();
}
