namespace IncidentExtract.Reading;

/// <summary>Reads one input into a <see cref="SourceDocument"/>, turning every I/O problem into a reason.</summary>
public static class DocumentReader
{
    public static ReadResult Read(InputSource input, Func<Stream>? stdin = null)
    {
        try
        {
            byte[] bytes;
            if (input.IsStdin)
            {
                using var stream = (stdin ?? Console.OpenStandardInput)();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else bytes = File.ReadAllBytes(input.Path);
            return TextDecoder.Decode(input.Path, bytes);
        }
        catch (FileNotFoundException) { return ReadResult.Fail(input.Path, "no such file"); }
        catch (DirectoryNotFoundException) { return ReadResult.Fail(input.Path, "no such file"); }
        catch (UnauthorizedAccessException) { return ReadResult.Fail(input.Path, "unreadable (permission denied)"); }
        catch (IOException e) { return ReadResult.Fail(input.Path, $"unreadable ({e.Message})"); }
    }
}
