using IncidentExtract.Gazetteers;
using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Assembling;

/// <summary>
/// The town, village or site a sentence names, as written ("Mandali", "Rawa"), for telling when a
/// block moves on to an event elsewhere. Names in parentheses are locators, not the event's place;
/// country names and names used for actors ("the Mali army") are not specific.
/// </summary>
public static class NamedTown
{
    public static Func<string, string?> Finder(PlaceRecognizer places) => text =>
    {
        foreach (var mention in places.Recognize(text))
        {
            if (mention.IsActorUse || InsideParentheses(text, mention.Start)) continue;
            if (mention.Candidates.Any(p => p.Kind is PlaceKind.City or PlaceKind.Town or PlaceKind.Village or PlaceKind.Site or PlaceKind.District))
                return mention.AsWritten;
        }
        return null;
    };

    private static bool InsideParentheses(string text, int index)
    {
        int depth = 0;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && depth > 0) depth--;
        }
        return depth > 0;
    }
}
