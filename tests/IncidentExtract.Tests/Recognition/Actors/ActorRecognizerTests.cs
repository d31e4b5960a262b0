using IncidentExtract.Gazetteers;
using IncidentExtract.Recognition.Actors;

namespace IncidentExtract.Tests.Recognition.Actors;

public class ActorRecognizerTests
{
    private static readonly Lazy<ActorRecognizer> Recognizer = new(() => new ActorRecognizer(GazetteerLoader.LoadDefault()));

    /// <summary>Each mention written as "text=Actor" or "text=Actor/Branch", in text order.</summary>
    [Theory]
    [InlineData("In Afghanistan, ISIS’s Khorasan Province suffered a severe blow in light of the success of the large-scale operation of the Afghan security forces, with the support of the United States and the Coalition.",
        "ISIS’s Khorasan Province=ISIS/Khorasan Province", "Afghan security forces=Afghan security forces", "the Coalition=US-led Coalition")]
    [InlineData("In the area of Deir ez-Zor, the US army in cooperation with the Kurds (SDF) carried out an extensive operation against ISIS, which has increased its activity in the Euphrates Valley in recent months.",
        "US army=US-led Coalition", "SDF=SDF", "ISIS=ISIS")]
    [InlineData("One hundred suspects were detained by the Niger army.", "Niger army=Nigerien army")]
    [InlineData("According to an announcement by the Mali army, during a joint operation carried out by forces from Mali and Niger near Tabankort, a patrol was attacked by “terrorist operatives.”",
        "Mali army=Malian army")]
    [InlineData("Col. Ryan Dillon, Spokesman for the International Coalition against ISIS, rejected fears that the United States and the Coalition would abandon the Syrian Democratic Forces (SDF) after the liberation of Al-Raqqah.",
        "International Coalition=US-led Coalition", "ISIS=ISIS", "the Coalition=US-led Coalition", "Syrian Democratic Forces=SDF", "SDF=SDF")]
    [InlineData("On November 23, 2019, Russian fighter jets carried out several airstrikes against command posts of the Al-Qaeda-affiliated Army of Glory in the area of Kafrnubl (about 30 km south of Idlib).",
        "Russian fighter jets=Russian forces", "Al-Qaeda=Al-Qaeda", "Army of Glory=Jaysh al-Izza")]
    [InlineData("On November 21, 2019, two “spies” of the Egyptian Interior Ministry were executed east of Bir al-Abd (Telegram, November 21, 2019).",
        "spies=civilians", "Egyptian Interior Ministry=Egyptian police")]
    [InlineData("This is because ISIS has already proven its ability to rehabilitate itself, even after the severe blows that it had sustained, and it can be assumed that it will make an effort to rehabilitate itself in Afghanistan.",
        "ISIS=ISIS")]
    [InlineData("On November 22, 2019, clashes took place between a Shiite Peace Battalions[1] force and ISIS operatives west of Samarra (about 100 km northwest of Baghdad).",
        "Peace Battalions=Popular Mobilization Forces", "ISIS=ISIS")]
    [InlineData("On the night of February 2-3, 2019, an ISIS squad infiltrated into the city of Albukamal, which is held by the Syrian army and Shiite militias.",
        "ISIS=ISIS", "Syrian army=Syrian army", "Shiite militias=Shiite militias")]
    [InlineData("The Popular Mobilization (the Iraqi Shiite militias affiliated with Iran) reported that on February 1 and 2, 2019, it fired rockets at an ISIS staging zone in the village of Al-Baghouz [Tahtani], near the Syrian-Iraqi border.",
        "Popular Mobilization=Popular Mobilization Forces", "Iraqi Shiite militias=Shiite militias", "ISIS=ISIS")]
    [InlineData("Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraq – Dijla Province, February 4, 2019).",
        "ISIS=ISIS", "Iraqi military intelligence=Iraqi security forces", "Dijla Province=ISIS/Dijla Province")]
    public void Finds_actors_longest_alias_first(string text, params string[] expected)
    {
        var mentions = Recognizer.Value.Recognize(text);
        var described = mentions.Select(m =>
            text.Substring(m.Start, m.Length) + "=" + m.Actor.Name + (m.Branch is null ? "" : "/" + m.Branch));
        described.Should().Equal(expected);
    }

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        var gazetteer = GazetteerLoader.Load(new StringReader("actors:\n  - {name: ISIS, kind: jihadist_group, aliases: [IS]}\n"), "test");
        var recognizer = new ActorRecognizer(gazetteer);
        // Real sentence from 000: "is" occurs many times, "IS" never.
        var text = "The Islamic State has collapsed, but ISIS continues to exist as a terrorist and guerrilla organization in Syria, Iraq and abroad, and even carries out (and is expected to carry out) showcase attacks to demonstrate that it remains a force to be reckoned with.";
        recognizer.Recognize(text).Select(m => text.Substring(m.Start, m.Length)).Should().Equal("ISIS");
    }

    [Fact]
    public void Gives_the_same_answer_from_many_threads()
    {
        const string text = "According to an announcement by ISIS’s West Africa Province, on November 18, 2019, its operatives ambushed a Mali army convoy in the Tabankort area, about 100 km north of the Mali-Niger border.";
        var expected = Recognizer.Value.Recognize(text);
        var results = new IReadOnlyList<ActorMention>[64];
        Parallel.For(0, results.Length, i => results[i] = Recognizer.Value.Recognize(text));
        results.Should().AllSatisfy(r => r.Should().Equal(expected));
    }
}
