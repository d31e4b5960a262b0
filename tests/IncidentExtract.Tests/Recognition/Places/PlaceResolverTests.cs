using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Tests.Recognition.Places;

/// <summary>Each relative form and context rule on sentences copied from the sample reports.</summary>
public class PlaceResolverTests
{
    public static TheoryData<string, string[], string?, string, GeoPrecision, double?, string?, string> Cases => new()
    {
        // village named with a locator after it: the village, exactly
        { "On November 20, 2019, two SDF fighters were shot in the village of Diban, 5 km east of Al-Mayadeen.",
          ["Main developments in Syria", "ISIS activity in the Euphrates Valley"], null, "Diban", GeoPrecision.Exact, null, null, "Syria" },
        // offset: "N km DIR of Y" gives Y, the distance and the bearing
        { "On November 23, 2019, a vehicle carrying SDF fighters was targeted by machine gun fire 8 km southeast of Al-Mayadeen.",
          ["ISIS activity in the Euphrates Valley"], null, "Al-Mayadeen", GeoPrecision.Offset, 8, "SE", "Syria" },
        { "On November 23, 2019, an IED was activated against an Iraqi army vehicle about 20 km southeast of Baqubah.",
          ["Main events in Iraq", "Diyala Province"], null, "Baqubah", GeoPrecision.Offset, 20, "SE", "Iraq" },
        // direction without distance: near
        { "On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.",
          ["Main events in Iraq", "Salah al-Din Province"], null, "Samarra", GeoPrecision.Near, null, null, "Iraq" },
        // outskirts of a village the curated layer knows without coordinates
        { "On the other hand, it was reported that ISIS had evacuated its positions from the outskirts of the village of Al-Marashida, in the north of the “pocket” (DeirEzzoreNow Twitter account, February 4, 2019).",
          ["Eastern Syria", "Halt in the advance of the SDF forces"], null, "Al-Marashida", GeoPrecision.Near, null, null, "Syria" },
        // a parenthetical locator is not the place
        { "On November 22, 2019, clashes took place between a Shiite Peace Battalions[1] force and ISIS operatives west of Samarra (about 100 km northwest of Baghdad).",
          ["Salah al-Din Province"], null, "Samarra", GeoPrecision.Near, null, null, "Iraq" },
        // a village the gazetteer lacks keeps its name; the country comes from the section
        { "According to a report by ISIS, on November 18, 2019, an Algerian army force was dropped from three helicopters, with the aim of capturing two ISIS operatives in the village of Tundarat in southern Algeria (near the border with Mali).",
          ["ISIS’s activity around the globe", "Africa", "Algeria"], null, "Tundarat", GeoPrecision.Exact, null, null, "Algeria" },
        // the bullet's province label when the text names nothing more specific
        { "ISIS operatives attacked an Iraqi Border Police position near the Syrian-Iraqi border.",
          ["Main developments in Iraq", "ISIS’s terrorist and guerrilla activity"], "Salah al-Din Province", "Salah al-Din", GeoPrecision.Admin1, null, null, "Iraq" },
        // a country used as an actor ("a Mali army convoy") is not the place; the section says Mali
        { "According to an announcement by ISIS’s West Africa Province, on November 18, 2019, its operatives ambushed a Mali army convoy in the Tabankort area, about 100 km north of the Mali-Niger border.",
          ["Africa", "Mali"], null, "Tabankort", GeoPrecision.Near, null, null, "Mali" },
        // "X Province" asks for the region, not the city of the same name
        { "The US Central Command (CENTCOM) stated that on November 22, 2019, a large-scale operation was carried out against ISIS in the Deir ez-Zor Province.",
          ["The Euphrates Valley", "US and SDF operation against ISIS in the Deir ez-Zor area"], null, "Deir ez-Zor", GeoPrecision.Admin1, null, null, "Syria" },
        // only the country named, under a province label: the province
        { "In recent days, ISIS's activities in Iraq have increased significantly.",
          ["Increased ISIS Operations in Iraq"], "Salah al-Din Province", "Salah al-Din", GeoPrecision.Admin1, null, null, "Iraq" },
        // nothing named: the country heading
        { "The number of ISIS operatives in the province is now estimated at around 100 armed operatives operating in secret squads (Al-Sumaria News, November 20, 2017).",
          ["Main developments in Iraq", "Counterterrorist activities by the Iraqi security forces"], null, "Iraq", GeoPrecision.Country, null, null, "Iraq" },
        // "between X and Y": the first
        { "Al-Ahmad reported that ISIS had claimed responsibility for a bombing in the town of Al-Kasrat, south of Al-Raqqa, where its cells are active in areas controlled by SDF militia, and that it had also kidnapped three members of the Syrian Air Force Intelligence between the towns of Al-Sabkha and Maadan in the Al-Raqqa countryside.",
          ["ISIS Still Active in Syria and Iraq"], null, "Al-Kasrat", GeoPrecision.Exact, null, null, "Syria" },
        // a place in a road's name is where the road goes: "near the Kabajib area" is the place
        { "Al-Ahmad confirmed that ISIS launched an attack at noon on May 17 on positions belonging to the Russian-backed Fifth Corps on the Damascus-Deir Al-Zour Road near the Kabajib area, managing to cut off the international road between Kabajib and Al-Shula for several hours.",
          ["ISIS Still Active in Syria and Iraq"], null, "Kabajib", GeoPrecision.Near, null, null, "Syria" },
        // a country named in the sentence outweighs a more populous namesake elsewhere (Rawa Mazowiecka, Poland)
        { "Two days earlier, the Iraqi army took over the city of Rawa, the last stronghold of the Islamic State in Iraq (November 17, 2017).",
          ["Main events of the week"], null, "Rawa", GeoPrecision.Exact, null, null, "Iraq" },
        // a namesake in a far-away country (Alwar, India) is not the place; the named site is kept by name, its country
        // from the aside that locates it
        { "On November 24, 2019, an IED was activated against a Syrian army minibus on the Al-Wa’ar dam road (about 100 km southwest of Albukamal, near the border with Iraq).",
          ["Main events", "Attack against a Syrian army vehicle"], null, "Al-Wa’ar", GeoPrecision.Exact, null, null, "Syria" },
        // a place in a relative clause about an earlier event is background: the lead-in province
        { "Iraqi security forces prevented the infiltration of dozens of ISIS operatives who had fled after the takeover of Al-Hawija by the Iraqi security forces.",
          ["Main developments in Iraq", "Counterterrorist activities by the Iraqi security forces"], "Diyala Province", "Diyala", GeoPrecision.Admin1, null, null, "Iraq" },
        // "in Israeli territory" names the country; the heading names the place within it
        { "During the fighting, several shells fired by the Syrian forcesfell once again in Israeli territory.",
          ["Main developments in Syria", "Clashes between the Syrian Army and the rebel organizations in the Golan Heights"], null, "Golan Heights", GeoPrecision.Near, null, null, "Israel" },
        // "gunfire from X": where the fire came from is the place; a country threatened, and an ISIS branch, are not
        { "On November 20, 2017, ISIS’s news agency quoted Maj. Avichay Adraee, the head of the Arab media department at the IDF Spokesperson’s Office, as saying that an IDF soldier was lightly wounded by gunfire from Sinai. ISIS’s announcement does not refer to the incident itself but takes advantage of the opportunity to send a threat to Israel by ISIS’s Sinai Province (Haqq, November 20, 2017).",
          ["Main developments in Iraq"], null, "Sinai", GeoPrecision.Exact, null, null, "Egypt" },
        // "the Old City of Al-Raqqah" is Al-Raqqah
        { "The spokesman for the US-led Coalition announced that on July 3, 2017, the SDF forces entered the Old City of Al-Raqqah.",
          ["Main developments in Syria", "The campaign to take over Al-Raqqah"], null, "Al-Raqqah", GeoPrecision.Exact, null, null, "Syria" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_the_place_a_coder_would_record(string sentence, string[] section, string? leadIn,
        string name, GeoPrecision precision, double? km, string? bearing, string country)
    {
        var resolved = SharedGazetteer.Resolver.Resolve(new PlaceContext(sentence, sentence, section, leadIn));
        resolved.Name.Should().Be(name);
        resolved.Precision.Should().Be(precision);
        resolved.DistanceKm.Should().Be(km);
        resolved.Bearing.Should().Be(bearing);
        resolved.Country.Should().Be(country);
    }

    [Fact]
    public void Known_places_carry_region_and_coordinates()
    {
        var sentence = "On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.";
        var resolved = SharedGazetteer.Resolver.Resolve(new PlaceContext(sentence, sentence, ["Salah al-Din Province"], null));
        resolved.Admin1.Should().Be("Salah al-Din");
        resolved.Lat.Should().BeApproximately(34.2, 0.1);
        resolved.Lon.Should().BeApproximately(43.9, 0.1);
        resolved.AsWritten.Should().Be("northeast of Samarra");
    }

    [Fact]
    public void An_unknown_village_gets_no_coordinates()
    {
        var sentence = "According to a report by ISIS, on November 18, 2019, an Algerian army force was dropped from three helicopters, with the aim of capturing two ISIS operatives in the village of Tundarat in southern Algeria (near the border with Mali).";
        var resolved = SharedGazetteer.Resolver.Resolve(new PlaceContext(sentence, sentence, ["Algeria"], null));
        resolved.Lat.Should().BeNull();
        resolved.Lon.Should().BeNull();
    }

    [Fact]
    public void The_incident_sentence_outranks_an_actor_branch_in_its_block()
    {
        const string sentence = "The latest attack took place this week at a hotel in Kabul where Jamaat-e-Islami, the oldest political party in Afghanistan, was holding a conference (14 dead, 18 wounded).";
        const string block = "Over the past two months, ISIS’s Khorasan Province (Afghanistan/Pakistan) has carried out four mass-casualty suicide bombing attacks in the capital Kabul. " + sentence;
        var resolved = SharedGazetteer.Resolver.Resolve(new PlaceContext(sentence, block, ["Main events of the week"], null));
        resolved.Name.Should().Be("Kabul");
        resolved.Country.Should().Be("Afghanistan");
    }

    [Fact]
    public void An_actor_branch_in_the_block_gives_no_place_but_its_region_does()
    {
        const string sentence = "The main modus operandi of ISIS’s activity was planting IEDs and mines, and eliminating figures affiliated with the Afghan government and the Taliban.";
        const string block = "Some ISIS operatives were foreign nationals who joined the Khorasan Province in 2019 and were transferred to Nangarhar. " + sentence;
        var resolved = SharedGazetteer.Resolver.Resolve(new PlaceContext(sentence, block, [], null));
        // Horasan, Turkey, spells "Khorasan" too; the region the block names is the place
        resolved.Name.Should().Be("Nangarhar");
        resolved.Country.Should().Be("Afghanistan");
    }

    [Theory]
    // no context at all: the person "Massoud" reads as Masuda, Japan; the report's countries rule that out
    [InlineData("Massoud was murdered in a suicide bombing attack on September 9, 2001.", null)]
    public void The_report_countries_rule_out_far_namesakes(string sentence, string? name)
    {
        var report = File.ReadAllText(Path.Combine(GoldPlaceCheckTests.RepoRoot, "samples", "000_a3946165b381e999.txt"));
        var countries = SharedGazetteer.Resolver.CountriesNamedIn(report);
        var resolved = SharedGazetteer.Resolver.Resolve(new PlaceContext(sentence, sentence, [], null, countries));
        resolved.Name.Should().Be(name);
        SharedGazetteer.Resolver.Resolve(new PlaceContext(sentence, sentence, [], null)).Country.Should().Be("Japan", "without the report's countries the namesake would win");
    }

    [Theory]
    [InlineData("The Kurdish forces published their names and their countries of origin: Russia, Germany, Sweden, America (probably meaning the United States), Turkey and Morocco (YPG website ypgrojava.org, February 2, 2019).",
        new[] { "Russia", "Germany", "Sweden", "United States", "Turkey", "Morocco" })]
    [InlineData("One hundred suspects were detained by the Niger army.", new string[0])]
    public void Lists_the_countries_a_text_names_as_places(string text, string[] countries)
    {
        SharedGazetteer.Resolver.CountriesNamedIn(text).Should().BeEquivalentTo(countries);
    }

    [Fact]
    public void The_block_supplies_the_place_when_the_sentence_names_none()
    {
        var block = "According to an announcement by ISIS’s West Africa Province, on November 18, 2019, its operatives ambushed a Mali army convoy in the Tabankort area, about 100 km north of the Mali-Niger border. One hundred suspects were detained by the Niger army.";
        var resolved = SharedGazetteer.Resolver.Resolve(new PlaceContext("One hundred suspects were detained by the Niger army.", block, ["Africa", "Mali"], null));
        resolved.Name.Should().Be("Tabankort");
        resolved.Country.Should().Be("Mali");
    }

    // Citations and asides are blanked in place: the same length, every other character where it was.
    [Theory]
    [InlineData("ISIS sustained many casualties (Al-Sumaria News, February 1, 2019).",
        "ISIS sustained many casualties                                    .")]
    [InlineData("The Al-Wa’ar dam road (about 100 km southwest of Albukamal) was cut (SANA, November 2, 2019).",
        "The Al-Wa’ar dam road                                       was cut                         .")]
    [InlineData("An unclosed (aside stays as written", "An unclosed (aside stays as written")]
    public void Parentheticals_are_blanked_with_spaces_in_place(string text, string expected) =>
        PlaceResolver.MaskParentheticals(text).Should().Be(expected);

    [Theory]
    // "the city of Tuz Khurmatu": the unnamed-place pattern finds the name the gazetteer knows, at the same place
    [InlineData("On November 21, 2017, a suicide bomber blew up a car bomb in a vegetable open market in the center of the city of Tuz Khurmatu, about 69 km south of Kirkuk.", "Tuz Khurmatu")]
    public void An_unnamed_place_over_a_known_one_cannot_come_before_it(string sentence, string known)
    {
        var unknown = PlaceResolver.UnknownNames(sentence);
        unknown.Should().ContainSingle(u => u.UnknownName == known);
        var start = sentence.IndexOf(known, StringComparison.Ordinal);
        var knownCandidate = new PlaceResolver.Candidate(start, start + known.Length, null, null, 3);
        PlaceResolver.MayComeFirst(unknown, [knownCandidate], start).Should().BeFalse("it overlaps the known name");
        PlaceResolver.MayComeFirst(unknown, [], start + 1).Should().BeTrue("alone, it starts before");
        SharedGazetteer.Resolver.Resolve(new PlaceContext(sentence, sentence, [], null)).Name.Should().Be(known);
    }
}
