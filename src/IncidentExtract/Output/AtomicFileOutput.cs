using System.Text;

namespace IncidentExtract.Output;

/// <summary>
/// An output file written under a temporary name in the same folder and renamed over the target
/// only by <see cref="Commit"/>: an interrupted or failed run never leaves half a dataset behind.
/// Disposing without committing deletes the temporary file.
/// </summary>
public sealed class AtomicFileOutput : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private bool _committed;

    public TextWriter Writer { get; }

    public AtomicFileOutput(string target)
    {
        _target = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(_target)!;
        _temporary = Path.Combine(folder, $".{Path.GetFileName(_target)}.{Environment.ProcessId}.incx-tmp");
        Writer = new StreamWriter(new FileStream(_temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        Writer.Dispose();
        try { File.Delete(_temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
