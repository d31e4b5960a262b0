
namespace IncidentExtract.Recognition.Casualties;

/// <summary>
/// Which head nouns name people. A count is a headcount only for people: "captured the Syrian village"
/// and "captured two ISIS hideouts" capture no one, while "a Tribal Mobilization fighter" is one person.
/// </summary>
internal static class PersonNouns
{
    /// <summary>Singular nouns for one person, counted without a number after "a"/"an"/"the".</summary>
    private static readonly WordSet SingularPersons = new(new[]
    {
        "soldier", "officer", "commander", "fighter", "operative", "member", "civilian", "man", "woman", "child", "boy", "girl",
        "driver", "policeman", "policewoman", "guard", "leader", "emir", "official", "journalist", "reporter", "militant",
        "terrorist", "jihadist", "suspect", "collaborator", "militiaman", "resident", "teacher", "doctor", "nurse", "worker",
        "farmer", "shepherd", "person", "citizen", "spy", "activist", "engineer", "sniper", "bomber", "agent", "judge",
        "cleric", "imam", "sheikh", "mayor", "governor", "colonel", "lieutenant", "captain", "major", "general", "sergeant",
        "pilot", "employee", "student", "contractor", "smuggler", "trader", "merchant", "tribesman", "elder", "chief",
        "brother", "son", "father", "wife", "mother", "husband", "daughter", "sister", "cousin", "nephew", "operator",
        "combatant", "recruit", "volunteer", "mercenary", "hostage", "prisoner", "detainee", "inmate", "policeman",
        "deputy", "head", "spokesman", "spokesperson", "minister", "politician", "lawyer", "paramedic", "medic",
        "guardsman", "gendarme", "ranger", "commando", "trooper", "private", "corporal", "warrant", "cadet", "infantryman",
        "gunman", "attacker", "assailant", "perpetrator", "insurgent", "rebel", "defector", "informant", "informer",
        "security", "individual", "passenger", "pedestrian", "villager", "local", "national", "foreigner", "tourist",
        "other", "one", "victim", "survivor", "bodyguard", "escort", "aide", "advisor", "adviser", "expert", "technician",
    });

    /// <summary>Things and places: a number before them is not a count of people.</summary>
    private static readonly WordSet NonPersons = new(new[]
    {
        "village", "villages", "town", "towns", "city", "cities", "area", "areas", "position", "positions", "base", "bases",
        "outpost", "outposts", "hill", "hills", "road", "roads", "crossing", "crossings", "checkpoint", "checkpoints",
        "weapon", "weapons", "vehicle", "vehicles", "tank", "tanks", "truck", "trucks", "car", "cars", "drone", "drones",
        "field", "fields", "district", "districts", "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods",
        "region", "regions", "building", "buildings", "house", "houses", "site", "sites", "post", "posts", "compound",
        "compounds", "gun", "guns", "rocket", "rockets", "launcher", "launchers", "ied", "ieds", "mine", "mines", "cache",
        "caches", "hideout", "hideouts", "tunnel", "tunnels", "bomb", "bombs", "belt", "belts", "boat", "boats",
        "motorcycle", "motorcycles", "aircraft", "helicopter", "helicopters", "plane", "planes", "farm", "farms",
        "sector", "sectors", "location", "locations", "street", "streets", "headquarters", "bridge", "bridges",
        "camp", "camps", "facility", "facilities", "depot", "depots", "warehouse", "warehouses", "workshop", "workshops",
        "territory", "territories", "island", "islands", "airport", "airports", "airfield", "airfields", "port", "ports",
        "mosque", "mosques", "school", "schools", "hospital", "hospitals", "prison", "prisons", "dam", "dams",
        "shell", "shells", "missile", "missiles", "round", "rounds", "ammunition", "equipment", "stronghold", "strongholds",
        "hiding", "place", "places", "point", "points", "route", "routes", "highway", "highways", "oilfield", "oilfields",
        "well", "wells", "kilometers", "kilometres", "km", "control",
    });

    public static bool IsSingularPerson(ReadOnlySpan<char> noun) => SingularPersons.Contains(noun);

    public static bool IsNonPerson(ReadOnlySpan<char> noun) => NonPersons.Contains(noun);
}
