namespace IncidentExtract.Recognition.Dates;

/// <summary>Finds date expressions in a text, in order of position.</summary>
public interface IDateRecognizer
{
    IReadOnlyList<DateMention> Recognize(string text);
}
