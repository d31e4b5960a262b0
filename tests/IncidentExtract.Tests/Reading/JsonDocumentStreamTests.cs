using IncidentExtract.Reading;

namespace IncidentExtract.Tests.Reading;

public class JsonDocumentStreamTests
{
    private static JsonDocumentLine Line(string text) => new("stdin", 7, text);

    [Theory]
    [InlineData("{\"id\": \"003.txt\", \"text\": \"Airstrikes\\r\\n  • On November 24, 2019, Syrian fighter jets dropped barrel bombs.\"}",
        "003.txt", "Airstrikes\n  • On November 24, 2019, Syrian fighter jets dropped barrel bombs.")]
    [InlineData("{\"id\": 42, \"title\": \"Spotlight on Global Jihad (November 21-27, 2019)\", \"text\": \"Main events\", \"url\": \"x\"}",
        "42", "Spotlight on Global Jihad (November 21-27, 2019)\n\nMain events")]
    [InlineData("{\"id\": \"a.html\", \"text\": \"<ul><li>Main events</li></ul>\"}", "a.html", "• Main events\n")]
    public void A_line_is_one_document_with_the_id_as_its_path(string json, string id, string text) =>
        JsonDocumentStream.Parse(Line(json)).Document.Should().Be(new SourceDocument(id, text));

    [Theory]
    [InlineData("{\"id\": \"a\", \"text\": \"On November 24", "not JSON (")]
    [InlineData("On November 24, 2019, Syrian fighter jets dropped barrel bombs.", "not JSON (")]
    [InlineData("[\"Main events\"]", "not a JSON object (a array)")]
    [InlineData("{\"id\": \"a\"}", "no \"text\" (a string)")]
    [InlineData("{\"id\": \"a\", \"text\": [\"Main events\"]}", "no \"text\" (a string)")]
    [InlineData("{\"text\": \"Main events\"}", "no \"id\" (a string or number)")]
    [InlineData("{\"id\": \"a\", \"text\": \"  \\n \"}", "document a: empty \"text\"")]
    [InlineData("{\"id\": \"a\", \"text\": \"\\ud800 Main events\"}", "text holds invalid Unicode escapes")]
    public void A_bad_line_is_a_failure_naming_the_line(string json, string reason)
    {
        var result = JsonDocumentStream.Parse(Line(json));

        result.Document.Should().BeNull();
        result.Failure!.Path.Should().Be("stdin line 7");
        result.Failure.Reason.Should().StartWith(reason);
        result.Failure.ToString().Should().NotContain("\n").And.NotContain("Path: $");
    }

    [Fact]
    public void Lines_are_numbered_as_in_an_editor_and_blank_ones_skipped()
    {
        var lines = JsonDocumentStream.Lines(new StringReader("{\"id\":1}\n\n  \r\n{\"id\":2}\r\n"), "part-00000.jsonl").ToList();

        lines.Select(l => l.Location).Should().Equal("part-00000.jsonl line 1", "part-00000.jsonl line 4");
        lines[1].Text.Should().Be("{\"id\":2}");
    }
}
