using System.Text;
using IncidentExtract.Reading;

namespace IncidentExtract.Tests.Reading;

public class DocumentReaderTests
{
    private const string Bullet = "  • On November 23, 2019, Russian fighter jets carried out several airstrikes against command posts.\n";

    public static TheoryData<Exception, string> OpenErrors => new()
    {
        { new UnauthorizedAccessException("Access to the path '/data/r.txt' is denied."), "unreadable (permission denied)" },
        { new FileNotFoundException("Could not find file '/data/r.txt'."), "no such file" },
        { new DirectoryNotFoundException("Could not find a part of the path."), "no such file" },
        { new IOException("Input/output error"), "unreadable (Input/output error)" },
    };

    [Theory]
    [MemberData(nameof(OpenErrors))]
    public void An_open_that_fails_is_a_failure_with_a_reason(Exception error, string reason)
    {
        var result = DocumentReader.Read(new InputSource("/data/r.txt"), open: _ => throw error);

        result.Document.Should().BeNull();
        result.Failure.Should().Be(new ReadFailure("/data/r.txt", reason));
    }

    [Fact]
    public void Stdin_is_read_whole_and_decoded()
    {
        var result = DocumentReader.Read(new InputSource("-"), stdin: () => new MemoryStream(Encoding.UTF8.GetBytes("Airstrikes\r\n" + Bullet)));

        result.Document.Should().Be(new SourceDocument("-", "Airstrikes\n" + Bullet));
    }

    [Theory]
    [InlineData("r.html", "<ul><li>On November 23, 2019, Russian fighter jets carried out several airstrikes against command posts.</li></ul>")]
    [InlineData("r.txt", "<!doctype html><html><body><ul><li>On November 23, 2019, Russian fighter jets carried out several airstrikes against command posts.</li></ul></body></html>")]
    public void Html_is_read_as_report_text(string path, string html)
    {
        var result = DocumentReader.Read(new InputSource(path), open: _ => new MemoryStream(Encoding.UTF8.GetBytes(html)));

        result.Document!.Text.Should().Be(Bullet.TrimStart());
    }

    [Fact]
    public void An_html_page_with_no_text_is_a_failure()
    {
        var result = DocumentReader.Read(new InputSource("r.html"), open: _ => new MemoryStream(Encoding.UTF8.GetBytes("<html><script>track()</script></html>")));

        result.Failure.Should().Be(new ReadFailure("r.html", "HTML page with no text"));
    }
}
