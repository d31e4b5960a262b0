using System.Globalization;
using System.Text.Json;

namespace IncidentExtract.Reading;

/// <summary>One line of a documents-in stream, numbered from 1, with the name of the stream it came from ("stdin", a file path).</summary>
public readonly record struct JsonDocumentLine(string Source, int Number, string Text)
{
    /// <summary>How errors name the line: "stdin line 3".</summary>
    public string Location => string.Create(CultureInfo.InvariantCulture, $"{Source} line {Number}");
}

/// <summary>
/// The documents-in stream (<c>incx extract --input jsonl</c>): one JSON object per line,
/// <c>{"id": …, "text": …, "title": …}</c>, each one document whose records carry the id as
/// their <c>doc</c>. Lines are read one at a time, so memory holds a line, never the stream.
/// A bad line is a failure naming the line, never an exception: the other lines still count.
/// </summary>
public static class JsonDocumentStream
{
    /// <summary>The non-blank lines of a stream, numbered as an editor would number them.</summary>
    public static IEnumerable<JsonDocumentLine> Lines(TextReader reader, string source)
    {
        int number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line)) yield return new JsonDocumentLine(source, number, line);
        }
    }

    /// <summary>One line as a document: id required (string or number), text required and not blank, title optional (goes first, as the report's title line).</summary>
    public static ReadResult Parse(JsonDocumentLine line)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line.Text); }
        catch (JsonException e) { return ReadResult.Fail(line.Location, $"not JSON ({FirstSentence(e.Message)})"); }

        using (json)
        {
            try { return Document(line, json.RootElement); }
            // Lone surrogates written as \ud800 escapes parse as JSON but are not text.
            catch (InvalidOperationException) { return ReadResult.Fail(line.Location, "text holds invalid Unicode escapes"); }
        }
    }

    private static ReadResult Document(JsonDocumentLine line, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return ReadResult.Fail(line.Location, $"not a JSON object (a {Kind(root.ValueKind)})");

        string? id = root.TryGetProperty("id", out var idValue)
            ? idValue.ValueKind switch
            {
                JsonValueKind.String => idValue.GetString(),
                JsonValueKind.Number => idValue.GetRawText(),
                _ => null,
            }
            : null;
        if (string.IsNullOrWhiteSpace(id)) return ReadResult.Fail(line.Location, "no \"id\" (a string or number)");

        if (!root.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
            return ReadResult.Fail(line.Location, "no \"text\" (a string)");
        var text = TextDecoder.NormaliseLineEnds(textValue.GetString()!);
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(line.Location, $"document {id}: empty \"text\"");

        if (root.TryGetProperty("title", out var titleValue) && titleValue.ValueKind == JsonValueKind.String
            && titleValue.GetString() is { } title && !string.IsNullOrWhiteSpace(title))
            text = title.Trim() + "\n\n" + text;

        return DocumentReader.FromText(ReadResult.Ok(new SourceDocument(id, text)));
    }

    /// <summary>System.Text.Json's message up to its " Path: … | LineNumber: …" tail, which means nothing to a user.</summary>
    private static string FirstSentence(string message)
    {
        int tail = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (tail < 0) tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (tail > 0 ? message[..tail] : message).TrimEnd('.', ' ');
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
