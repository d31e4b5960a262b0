using System.Text;
using IncidentExtract.Reading;

namespace IncidentExtract.Tests.Reading;

public class TextDecoderTests
{
    private const string Line = "Spotlight on Global Jihad (November 21-27, 2019)";

    [Fact]
    public void Utf8_with_bom_and_crlf_is_decoded_to_plain_lf_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Line + "\r\nMain events\r\n")).ToArray();
        var result = TextDecoder.Decode("r.txt", bytes);
        result.Document!.Text.Should().Be(Line + "\nMain events\n");
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Line)).ToArray();
        TextDecoder.Decode("r.txt", bytes).Document!.Text.Should().Be(Line);
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "empty file (only whitespace)")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "binary file (contains NUL bytes)")]
    [InlineData(new byte[] { 0x53, 0x70, 0xE9, 0x63, 0x69 }, "not UTF-8 (invalid byte at offset 2)")]
    public void Bad_input_is_a_failure_with_a_reason(byte[] bytes, string reason)
    {
        var result = TextDecoder.Decode("bad.txt", bytes);
        result.Document.Should().BeNull();
        result.Failure.Should().Be(new ReadFailure("bad.txt", reason));
    }
}
