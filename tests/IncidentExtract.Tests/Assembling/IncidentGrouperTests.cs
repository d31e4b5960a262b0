using IncidentExtract.Assembling;
using IncidentExtract.Recognition.Citations;
using IncidentExtract.Recognition.Dates;
using IncidentExtract.Recognition.Events;
using IncidentExtract.Recognition.Places;
using IncidentExtract.Segmentation;

namespace IncidentExtract.Tests.Assembling;

/// <summary>How one block's sentences become incidents; every input is a real bullet of the seed reports.</summary>
public class IncidentGrouperTests
{
    private static readonly Lazy<(UnitAnalyzer Units, IncidentGrouper Grouper)> Stages = new(() =>
    {
        return (new UnitAnalyzer(new EventTriggerRecognizer(), new DateRecognizer(), new CitationParser()),
            new IncidentGrouper(NamedTown.Finder(new PlaceRecognizer(TestGazetteer.Default))));
    });

    private static readonly DateContext November2019 = new(new ReportPeriod(new DateOnly(2019, 11, 21), new DateOnly(2019, 11, 27)));

    private static List<string> Incidents(string block, DateContext? context = null)
    {
        var node = new ReportNode(1, NodeKind.Bullet, 1, 0, block, null, [], null);
        var (units, grouper) = Stages.Value;
        return grouper.Group(node, units.Analyze(block), context ?? November2019).Select(d => d.Text).ToList();
    }

    [Fact]
    public void A_bullet_telling_several_dated_events_holds_several_incidents()
    {
        var incidents = Incidents("On November 19, 2019, the Syrian army opened a ground attack against the rebel organizations under the leadership of the Headquarters for the Liberation of Al-Sham in Mushayrafa and several villages south of it (east of the Hama-Aleppo highway). For several days, control over Mushayrafa alternated from one side to the other. On November 24, 2019, the Syrian army managed to retake Mushayrafa (see map). On November 25, 2019, the Syrian army extended its control to additional villages south of Mushayrafa. A total of 19 rebel operatives and eight Syrian soldiers were killed in the battles (Syrian Observatory for Human Rights, November 25, 2019).");
        incidents.Should().HaveCount(3);
        incidents[1].Should().StartWith("On November 24, 2019, the Syrian army managed to retake Mushayrafa");
    }

    [Fact]
    public void A_connector_before_a_new_attack_opens_another_incident()
    {
        var incidents = Incidents("On November 24, 2019, Syrian fighter jets dropped barrel bombs on targets in the area south of Idlib. The airstrike focused on the road leading to Maarat Nu’man. In addition, Russian fighter jets attacked targets in the area south and southeast of Idlib (Syrian Observatory for Human Rights, November 24, 2019).");
        incidents.Should().HaveCount(2);
        incidents[0].Should().EndWith("The airstrike focused on the road leading to Maarat Nu’man.", "a sentence about \"the airstrike\" tells more of the same event");
        incidents[1].Should().StartWith("In addition, Russian fighter jets attacked");
    }

    [Fact]
    public void Taking_people_into_custody_after_an_attack_is_another_incident()
    {
        var incidents = Incidents("According to an announcement by ISIS’s West Africa Province, on November 18, 2019, its operatives ambushed a Mali army convoy in the Tabankort area, about 100 km north of the Mali-Niger border. Thirty soldiers were killed and 30 others were wounded. In addition, weapons, ammunition and military equipment were seized (Telegram, November 20, 2019). According to an announcement by the Mali army, during a joint operation carried out by forces from Mali and Niger near Tabankort, a patrol was attacked by “terrorist operatives.” According to the announcement, 24 soldiers were killed and 29 were wounded. In addition, 17 jihadist operatives were killed. One hundred suspects were detained by the Niger army.");
        incidents.Should().HaveCount(2);
        incidents[0].Should().Contain("a patrol was attacked").And.Contain("weapons, ammunition and military equipment were seized");
        incidents[1].Should().Be("One hundred suspects were detained by the Niger army.");
    }

    [Fact]
    public void Clauses_joined_by_semicolons_are_separate_events()
    {
        var incidents = Incidents("The “Awaken the Believers” operations room (affiliated with Al-Qaeda) reported a series of activities carried out by the organizations operating as part of it, including sniper fire at a force supporting the Syrian army in west Aleppo (January 31, 2019); sniper fire at the Syrian army in west Aleppo, killing three Syrian soldiers (February 1, 2019); and launching rockets at Syrian army positions in the northern Al-Ghab Plain (February 1, 2019).");
        incidents.Should().HaveCount(3);
        incidents[2].Should().StartWith("launching rockets at Syrian army positions");
    }

    [Theory]
    [InlineData("ISIS also detonated an explosive device on a military vehicle on the road to Al-Jareniyah in Tal Uthman outside Al-Raqqa, and targeted a SDF military vehicle in the town of Jadid Uqidat, east of Deir Al-Zour.", 2)]
    [InlineData("Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative, 39 km north of Mosul, and executed him (Iraq – Dijla Province, February 4, 2019).", 1)]
    public void A_clause_opening_with_its_own_event_verb_is_split_off_unless_it_goes_on_with_the_same_victim(string block, int count) =>
        Incidents(block).Should().HaveCount(count);

    [Fact]
    public void An_event_at_another_named_town_is_another_incident()
    {
        var incidents = Incidents("Diyala Province (northeast of Baghdad): The Iraqi Army carried out a military operation in the area of the town of Naft Khaneh, near the border between Iraq and Iran. The purpose of the operation was to eliminate ISIS operatives present there (Al-Sumaria, July 3, 2017). The Iraqis announced that their troops had finished the operation, during which seven ISIS hostels were destroyed(Al-Sumaria, July 3, 2017). The Iraqi Army also announced that a weapons cache was found in the area of the city of Mandali, in the Diyala Province, not far from the border between Iran and Iraq (Al-Iraqiyya, July 3, 2017).");
        incidents.Should().HaveCount(2);
        incidents[1].Should().Contain("weapons cache was found in the area of the city of Mandali");
    }

    [Fact]
    public void A_later_range_spanning_an_earlier_day_restates_it()
    {
        var november2017 = new DateContext(new ReportPeriod(new DateOnly(2017, 11, 15), new DateOnly(2017, 11, 21)));
        var incidents = Incidents("On November 16, 2017, the Syrian army entered the city of Albukamal. Before that, on November 11, 2017, ISIS operatives launched a counterattack that repelled Hezbollah and the Shiite militias out of the city. On November 16-19, 2017, clashes took place in the city, at the end of which it was taken over by the Syrian army and its allies. The Syrian army demolition units began mopping up the city in order to neutralize mines, IEDs and car bombs left by ISIS (YouTube account of the Syrian TV, November 19, 2017).", november2017);
        incidents.Should().HaveCount(2);
        incidents[0].Should().Contain("entered the city of Albukamal").And.Contain("On November 16-19, 2017, clashes took place");
    }

    [Fact]
    public void A_statement_closes_the_incident_before_it()
    {
        var incidents = Incidents("On November 17, 2017, the Iraqi army announced that its forces had taken over the city of Rawa, the Islamic State’s last stronghold in Iraq. Iraqi Prime Minister Haydar Abadi declared that Rawa had been liberated within a record time of several hours (Al-Sumaria News, November 17, 2017). In another declaration, the Iraqi Prime Minister announced the end of ISIS in Iraq from a military perspective (Iraqi News Agency, November 21, 2017).");
        incidents.Should().ContainSingle().Which.Should().NotContain("In another declaration");
    }

    [Fact]
    public void A_framing_sentence_joins_the_first_incident()
    {
        var incidents = Incidents("Fighting continues between the Syrian Army and ISIS in the area of the Aarak oil and gas field, northeast of Palmyra. The Syrian forces announced that they had taken over an area three kilometers northeast of the oil field (Sham Network, June 30, 2017).");
        incidents.Should().ContainSingle().Which.Should().StartWith("Fighting continues between the Syrian Army and ISIS");
    }

    [Theory]
    [InlineData("In the interview, ISIS’s military bureau commander noted that the campaign conducted by ISIS in Mosul is of a clear defensive nature, even though it includes offensive tactics. Afterwards, when the Iraqi forces entered the city, ISIS operatives began face-to-face fights, including sniper shooting, planting IEDs, suicide bombing attacks, and attacking Iraqi soldiers.")]
    [InlineData("“While ISIS is nearing territorial defeat in Iraq and Syria, the group has returned to its guerilla-warfare roots while continuing to plot attacks and direct its supporters worldwide.”")]
    public void Interviews_and_quotations_hold_no_incident(string block) =>
        Incidents(block).Should().BeEmpty();

    // A draft's type weighs its typing units' triggers in order, those of units that tell an event only: as the
    // dominant type of their triggers joined into one sequence.
    [Theory]
    [InlineData("On November 19, 2019, the Syrian army opened a ground attack against the rebel organizations under the leadership of the Headquarters for the Liberation of Al-Sham in Mushayrafa and several villages south of it (east of the Hama-Aleppo highway). For several days, control over Mushayrafa alternated from one side to the other. On November 24, 2019, the Syrian army managed to retake Mushayrafa (see map). On November 25, 2019, the Syrian army extended its control to additional villages south of Mushayrafa. A total of 19 rebel operatives and eight Syrian soldiers were killed in the battles (Syrian Observatory for Human Rights, November 25, 2019).")]
    [InlineData("On November 24, 2019, Syrian fighter jets dropped barrel bombs on targets in the area south of Idlib. The airstrike focused on the road leading to Maarat Nu’man. In addition, Russian fighter jets attacked targets in the area south and southeast of Idlib (Syrian Observatory for Human Rights, November 24, 2019).")]
    [InlineData("Fighting continues between the Syrian Army and ISIS in the area of the Aarak oil and gas field, northeast of Palmyra. The Syrian forces announced that they had taken over an area three kilometers northeast of the oil field (Sham Network, June 30, 2017).")]
    public void A_draft_is_typed_by_its_event_units_triggers_in_order_and_reads_as_its_units_joined(string block)
    {
        var node = new ReportNode(1, NodeKind.Bullet, 1, 0, block, null, [], null);
        var (units, grouper) = Stages.Value;
        var analyzed = units.Analyze(block);
        var drafts = grouper.Group(node, analyzed, November2019);
        drafts.Should().NotBeEmpty();
        foreach (var draft in drafts.Append(new IncidentDraft(node, 0, analyzed)))
        {
            draft.Type.Should().Be(EventTriggerRecognizer.Dominant(draft.TypingUnits.Where(u => u.HasEvent).SelectMany(u => u.Triggers)));
            draft.Text.Should().Be(string.Join(" ", draft.Units.Select(u => u.Text)));
        }
        new IncidentDraft(node, 0, analyzed.Take(1).ToList()).Text.Should().Be(analyzed[0].Text);
        new IncidentDraft(node, 0, []).Text.Should().BeEmpty();
    }
}
