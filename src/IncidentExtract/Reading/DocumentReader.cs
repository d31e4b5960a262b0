namespace IncidentExtract.Reading;

/// <summary>
/// Reads one input into a <see cref="SourceDocument"/>, turning every I/O problem into a reason:
/// decodes the bytes (<see cref="TextDecoder"/>) and reads HTML pages as report text
/// (<see cref="HtmlReportReader"/>) when the extension or the first bytes say HTML.
/// </summary>
public static class DocumentReader
{
    /// <param name="stdin">Opens standard input for <c>-</c> (tests pass their own).</param>
    /// <param name="open">Opens a file for reading; tests pass one that fails the way a real file system does.</param>
    public static ReadResult Read(InputSource input, Func<Stream>? stdin = null, Func<string, Stream>? open = null)
    {
        byte[] bytes;
        try
        {
            using var stream = input.IsStdin ? (stdin ?? Console.OpenStandardInput)() : (open ?? OpenFile)(input.Path);
            bytes = ReadAll(stream);
        }
        catch (FileNotFoundException) { return ReadResult.Fail(input.Path, "no such file"); }
        catch (DirectoryNotFoundException) { return ReadResult.Fail(input.Path, "no such file"); }
        catch (UnauthorizedAccessException) { return ReadResult.Fail(input.Path, "unreadable (permission denied)"); }
        catch (IOException e) { return ReadResult.Fail(input.Path, $"unreadable ({e.Message})"); }
        catch (OutOfMemoryException) { return ReadResult.Fail(input.Path, "too large to read into memory"); }

        return FromText(TextDecoder.Decode(input.Path, bytes));
    }

    /// <summary>A decoded document, with HTML turned into report text; an HTML page with no text left is a failure.</summary>
    public static ReadResult FromText(ReadResult decoded)
    {
        if (decoded.Document is not { } document || !HtmlReportReader.LooksLikeHtml(document.Path, document.Text)) return decoded;
        var text = HtmlReportReader.ToReportText(document.Text);
        return string.IsNullOrWhiteSpace(text)
            ? ReadResult.Fail(document.Path, "HTML page with no text")
            : ReadResult.Ok(document with { Text = text });
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    private static byte[] ReadAll(Stream stream)
    {
        if (stream.CanSeek)
        {
            long length = stream.Length - stream.Position;
            if (length > Array.MaxLength) throw new IOException($"file too large ({length / 1_000_000} MB)");
            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
