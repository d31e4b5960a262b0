namespace IncidentExtract.Reading;

/// <summary>
/// One report as read: <see cref="Path"/> is the input path as the user gave it (the record's
/// <c>doc</c>), <see cref="Text"/> the decoded text with LF line ends and no BOM.
/// </summary>
public sealed record SourceDocument(string Path, string Text)
{
    /// <summary>File name without folders: what gold files and <c>incx eval</c> match on.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>File name without extension: the stem of every record id.</summary>
    public string Stem => System.IO.Path.GetFileNameWithoutExtension(Path);
}

/// <summary>An input that could not be read, with the reason in a few words ("not UTF-8").</summary>
public sealed record ReadFailure(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}

/// <summary>Either a document or the reason there is none: reading never throws for bad input.</summary>
public readonly record struct ReadResult(SourceDocument? Document, ReadFailure? Failure)
{
    public static ReadResult Ok(SourceDocument d) => new(d, null);
    public static ReadResult Fail(string path, string reason) => new(null, new ReadFailure(path, reason));
}
