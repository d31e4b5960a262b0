using System.Text;

namespace IncidentExtract.Reading;

/// <summary>
/// Turns raw bytes into report text: UTF-8 with or without BOM, UTF-16 with BOM; refuses empty,
/// binary (NUL bytes) and invalid UTF-8 input with a reason instead of guessing.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ReadResult Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return ReadResult.Fail(path, "empty file");

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            text = Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            // A NUL byte never occurs in a text report; it is the cheapest reliable sign of a binary file.
            if (bytes.IndexOf((byte)0) >= 0) return ReadResult.Fail(path, "binary file (contains NUL bytes)");
            try { text = StrictUtf8.GetString(bytes); }
            catch (DecoderFallbackException e)
            {
                return ReadResult.Fail(path, $"not UTF-8 (invalid byte at offset {e.Index})");
            }
        }

        text = NormaliseLineEnds(text);
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(path, "empty file (only whitespace)");
        return ReadResult.Ok(new SourceDocument(path, text));
    }

    internal static string NormaliseLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
}
