namespace IncidentExtract.Gazetteers;

/// <summary>A gazetteer file that cannot be read; carries the file, line and column for the one-line error.</summary>
public sealed class GazetteerException(string file, long line, long column, string reason)
    : Exception($"{file}:{line}:{column}: {reason}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
    public long Column { get; } = column;
    public string Reason { get; } = reason;
}
