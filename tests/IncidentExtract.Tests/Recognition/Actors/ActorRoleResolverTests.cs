using IncidentExtract.Gazetteers;
using IncidentExtract.Recognition.Actors;
using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Tests.Recognition.Actors;

public class ActorRoleResolverTests
{
    private static readonly Lazy<ActorRoleResolver> Resolver = new(() => new ActorRoleResolver(GazetteerLoader.LoadDefault()));

    public sealed record Case(
        string Name, string Incident, EventType EventType, string[] Section, string? LeadIn, string? Block,
        string? Perpetrator, string? Branch, Attribution Attribution, string? Target)
    {
        public override string ToString() => Name;
    }

    private static readonly string[] IraqIsisSection = ["Main events in Iraq", "Additional ISIS activities", "Salah al-Din Province"];
    private static readonly string[] IraqCounterTerrorSection = ["Main events in Iraq", "Counterterrorist activities by the Iraqi security forces", "Kirkuk Province"];

    public static TheoryData<Case> Cases => new()
    {
        new("active subject and object",
            "On November 25, 2019, ISIS operatives attacked a Popular Mobilization camp about 40 km southeast of Samarra. Two Popular Mobilization operatives were killed (Telegram, November 26, 2019).",
            EventType.ArmedAssault, [], null, null, "ISIS", null, Attribution.Reported, "Popular Mobilization Forces"),
        new("passive target, doer from the heading",
            "On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra. Four Popular Mobilization fighters were killed (Telegram, November 23, 2019).",
            EventType.ArmedAssault, IraqIsisSection, null, null, "ISIS", null, Attribution.Inferred, "Popular Mobilization Forces"),
        new("IED against a vehicle, heading names no doer",
            "On November 21, 2019, an IED was activated against an SDF vehicle at the entrance to Al-Hasakah. Two SDF fighters were killed and two others were wounded (Telegram, November 22, 2019).",
            EventType.Bombing, ["Eastern Syria", "Attack against a Syrian army vehicle", "Northeastern Syria (the Kurdish control area)"], null, null,
            null, null, Attribution.None, "SDF"),
        new("counter-terrorism capture",
            "On November 23, 2019, the Iraqi security forces captured a squad numbering 17 ISIS operatives about 5 km northwest of Al-Fallujah (Iraqi News Agency, November 23, 2019).",
            EventType.Arrest, [], null, null, "Iraqi security forces", null, Attribution.Reported, "ISIS"),
        new("arrest by a passive agent",
            "One hundred suspects were detained by the Niger army.",
            EventType.Arrest, [], null, null, "Nigerien army", null, Attribution.Reported, null),
        new("surrender to the security forces",
            "On November 24, 2019, the Afghan Defense Ministry announced that a group of 22 ISIS operatives had surrendered to the Afghan forces in the Achin region and handed over their weapons (Khaama Press, November 24, 2019).",
            EventType.Surrender, [], null, null, "Afghan security forces", null, Attribution.Claimed, "ISIS"),
        new("claimed responsibility",
            "On November 21, 2017, a suicide bomber blew up a car bomb in a vegetable open market in the center of the city of Tuz Khurmatu, about 69 km south of Kirkuk.[3] At least 23 people were killed and 60 people were wounded. Most of the dead are civilians. ISIS claimed responsibility for the attack.",
            EventType.SuicideBombing, [], null, null, "ISIS", null, Attribution.Claimed, null),
        new("the group reports its own operatives' attack",
            "On November 22, 2019, ISIS reported that its operatives had detonated two car bombs in two Shiite neighborhoods in Baghdad (the New Baghdad neighborhood in the southeastern part of the city and the Al-Sha’la neighborhood in the northwestern part of the city).",
            EventType.Bombing, [], null, null, "ISIS", null, Attribution.Claimed, null),
        new("announcement by a province: branch and claim",
            "According to an announcement by ISIS’s West Africa Province, on November 18, 2019, its operatives ambushed a Mali army convoy in the Tabankort area, about 100 km north of the Mali-Niger border.",
            EventType.ArmedAssault, [], null, null, "ISIS", "West Africa Province", Attribution.Claimed, "Malian army"),
        new("a state announces that its forces took a city",
            "On November 17, 2017, the Iraqi army announced that its forces had taken over the city of Rawa, the Islamic State’s last stronghold in Iraq.",
            EventType.TerritoryChange, [], null, null, "Iraqi security forces", null, Attribution.Claimed, null),
        new("suspected, in the same text",
            "On November 23, 2019, an IED was activated against an Iraqi army vehicle about 20 km southeast of Baqubah. An officer with the rank of lieutenant colonel and three soldiers were wounded (Al-Sumaria News, November 23, 2019). So far, no organization has claimed responsibility. However, ISIS is most likely behind the attack.",
            EventType.Bombing, [], null, null, "ISIS", null, Attribution.Suspected, "Iraqi security forces"),
        new("suspected, later in the block",
            "On November 24, 2019, an IED was activated against a Syrian army minibus on the Al-Wa’ar dam road (about 100 km southwest of Albukamal, near the border with Iraq).",
            EventType.Bombing, [], null,
            "On November 24, 2019, an IED was activated against a Syrian army minibus on the Al-Wa’ar dam road (about 100 km southwest of Albukamal, near the border with Iraq). According to a news website affiliated with the Syrian regime, three soldiers, two of them officers, were killed in the blast, and 12 others were wounded (Enab Baladi, a news website affiliated with the rebel organizations, November 25, 2019). So far, no organization has claimed responsibility for the attack. However, ISIS is most likely behind it.",
            "ISIS", null, Attribution.Suspected, "Syrian army"),
        new("lead-in of the list names the doer",
            "On November 22, 2019, “armed men” captured two people who had (allegedly) collaborated with the Egyptian army in east Bir al-Abd. The two men were interrogated and then executed (Shahed Sinaa, November 22, 2019).",
            EventType.Execution, ["The Sinai Peninsula"], "ISIS’s “routine” attacks in the northern Sinai Peninsula continued. Following are the main operations:", null,
            "ISIS", null, Attribution.Inferred, null),
        new("spies are civilians",
            "On November 21, 2019, two “spies” of the Egyptian Interior Ministry were executed east of Bir al-Abd (Telegram, November 21, 2019).",
            EventType.Execution, ["The Sinai Peninsula"], "ISIS’s “routine” attacks in the northern Sinai Peninsula continued. Following are the main operations:", null,
            "ISIS", null, Attribution.Inferred, "civilians"),
        new("a counter-terrorism heading does not plant IEDs",
            "On November 21, 2019, an IED was activated against a Tribal Mobilization vehicle about 30 km southwest of Kirkuk. Three fighters were wounded (Telegram, November 23, 2019).",
            EventType.Bombing, IraqCounterTerrorSection, null, null, null, null, Attribution.None, "Tribal Mobilization"),
        new("a counter-terrorism heading does carry out the airstrike",
            "On November 24, 2019, an airstrike was carried out near Tikrit, about 150 km north of Baghdad, against an ISIS hiding place (Kurdistan 24, November 24, 2019).",
            EventType.Airstrike, ["Main events in Iraq", "Counterterrorist activities by the Iraqi security forces", "Salah al-Din Province"], null, null,
            "Iraqi security forces", null, Attribution.Inferred, "ISIS"),
        new("supporters are skipped on the way to the verb",
            "On November 12, 2019, the Afghan security forces, with the support of the US and International Coalition forces, launched a large-scale operation to mop up the Nangarhar Province from the presence of ISIS operatives.",
            EventType.ArmedAssault, [], null, null, "Afghan security forces", null, Attribution.Reported, null),
        new("a group known by its affiliation",
            "The “Awaken the Believers” operations room (affiliated with Al-Qaeda) reported a series of activities carried out by the organizations operating as part of it, including sniper fire at a force supporting the Syrian army in west Aleppo (January 31, 2019); sniper fire at the Syrian army in west Aleppo, killing three Syrian soldiers (February 1, 2019); and launching rockets at Syrian army positions in the northern Al-Ghab Plain (February 1, 2019).",
            EventType.ArmedAssault, [], null, null, "Al-Qaeda", null, Attribution.Claimed, "Syrian army"),
        new("clash between two sides: the heading's actor initiated",
            "On November 22, 2019, clashes took place between a Shiite Peace Battalions[1] force and ISIS operatives west of Samarra (about 100 km northwest of Baghdad). One militiaman was killed and three others were wounded (Al-Sumaria News, November 22, 2019).",
            EventType.Clash, IraqIsisSection, null, null, "ISIS", null, Attribution.Reported, "Popular Mobilization Forces"),
        new("escapees are the doers",
            "The official Syrian Arab News Agency (SANA) reported that on May 18, seven ISIS operatives escaped from Al-Hawl prison in the eastern Al-Hasaka countryside, which is controlled by US-backed SDF groups.",
            EventType.Escape, [], null, null, "ISIS", null, Attribution.Reported, null),
        new("passive agent after a car bomb",
            "Five SDF commanders were reportedly killed by an explosion of a car bomb detonated by ISIS operatives in the town of Al-Mansura, west of Al-Raqqah (Khotwa, June 29, 2017).",
            EventType.Bombing, [], null, null, "ISIS", null, Attribution.Reported, "SDF"),
        new("a passive agent after participle and complement",
            "The foreign fighters who had operated in the ranks of ISIS, who were taken prisoner by the Kurdish forces (YPG website ypgrojava.org, February 2, 2019)",
            EventType.Arrest, [], null, null, "SDF", null, Attribution.Claimed, "ISIS"),
        new("the text says the doer is unknown",
            "The Syrian Observatory for Human Rights reported that at least twenty ISIS operatives had been killed in an airstrike against an ISIS convoy in the area of the Conoco gas field, northeast of Deir ez-Zor. Several ISIS vehicles were destroyed in the airstrike. So far, it is unknown whether it was carried out by the International Coalition forces or by any other party (Syrian Observatory for Human Rights, June 30, 2017).",
            EventType.Airstrike, ["Deir ez-Zor"], null, null, null, null, Attribution.None, "ISIS"),
        new("a propaganda release is not the shooter",
            "On November 20, 2017, ISIS’s news agency quoted Maj. Avichay Adraee, the head of the Arab media department at the IDF Spokesperson’s Office, as saying that an IDF soldier was lightly wounded by gunfire from Sinai.",
            EventType.ArmedAssault, ["Egypt and the Sinai Peninsula", "ISIS’s response to the IDF Spokesperson’s statement that an IDF soldier was wounded by gunfire from Sinai"], null, null,
            null, null, Attribution.None, "Israel Defense Forces"),
        new("nominal heading bullet: the list's lead-in names ISIS",
            "Diyala Province: Attack on an oil police position around 37 km north of Baghdad. An Iraqi security guard was killed (Iraqi News Agency, February 2, 2019).",
            EventType.ArmedAssault, ["Main developments in Iraq", "ISIS’s terrorist and guerrilla activity"], "Following are the highlights of ISIS’s activity in the past week:", null,
            "ISIS", null, Attribution.Inferred, "Iraqi security forces"),
        new("a channel of the group in the citation makes it a claim",
            "Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraq – Dijla Province, February 4, 2019).",
            EventType.Execution, [], null, null, "ISIS", "Dijla Province", Attribution.Claimed, "Iraqi security forces"),
        new("the first sentence of the bullet names the doer",
            "On June 28, 2017, there were reports on 11 fatalities among the SDF forces following the detonation of an IED in the village of Hamra Nasser, east of Al-Raqqah (Dimashq Al-Aan, June 28, 2017).",
            EventType.Bombing, [], null,
            "Concurrently with the face-to-face fighting, ISIS operatives continued their suicide bombing attacks against the SDF forces. Five SDF commanders were reportedly killed by an explosion of a car bomb detonated by ISIS operatives in the town of Al-Mansura, west of Al-Raqqah (Khotwa, June 29, 2017). On June 28, 2017, there were reports on 11 fatalities among the SDF forces following the detonation of an IED in the village of Hamra Nasser, east of Al-Raqqah (Dimashq Al-Aan, June 28, 2017).",
            "ISIS", null, Attribution.Inferred, "SDF"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_who_did_it_to_whom(Case c)
    {
        var roles = Resolver.Value.Resolve(new ActorContext(c.Incident, c.Block ?? c.Incident, c.Section, c.LeadIn, c.EventType));
        roles.Should().Be(new ActorRoles(c.Perpetrator, c.Branch, c.Attribution, c.Target));
    }
}
