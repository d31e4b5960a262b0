using IncidentExtract.Recognition.Events;

namespace IncidentExtract.Tests.Recognition.Events;

public class LiteralGateSetTests
{
    private static readonly LiteralGate AttackWords = new(true, "attack", "ambush");
    private static readonly LiteralGate KillingWords = new(false, "kill", "targeted");
    private static readonly LiteralGate AggregateWords = new(true, "in the past", "since", "sorties");
    private static readonly LiteralGateSet Gates = new(AttackWords, KillingWords, AggregateWords);

    [Theory]
    [InlineData("On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.", 0b001)]
    [InlineData("Kirkuk Province: On November 19, 2017, the Popular Mobilization announced that its forces had killed 12 ISIS operatives in the Al-Hawija District.", 0b010)]
    [InlineData("KILLED IN ACTION", 0b000)]
    [InlineData("The Russian Air Force carried out more than 500 sorties in the past week, attacking ISIS targets.", 0b101)]
    [InlineData("Involvement of Russia and the United States", 0b000)]
    // A word at the very end, and one split by a line break, which the words never span.
    [InlineData("Syrian army soldiers were targeted", 0b010)]
    [InlineData("ISIS operatives were ambu-\nshed", 0b000)]
    // A Kelvin sign folds to "k" in a case-insensitive regex: every case-insensitive gate opens.
    [InlineData("The \u212Aunar Province", 0b101)]
    public void One_pass_answers_each_gate_as_the_gate_would(string text, int expected)
    {
        Gates.Scan(text).Should().Be((ulong)expected);
        var each = (AttackWords.MayMatch(text) ? 1 : 0) | (KillingWords.MayMatch(text) ? 2 : 0) | (AggregateWords.MayMatch(text) ? 4 : 0);
        each.Should().Be(expected);
    }

    // "the month of" is filed under a rarer run than "the": found all the same, at the start of a text too.
    private static readonly LiteralGate MonthWords = new(true, "the month of", "in recent");
    private static readonly LiteralGateSet MonthGates = new(MonthWords);

    [Theory]
    [InlineData("  • On July 1, 2017, ISIS published an infographic summing up its activity during the month of Ramadan (May 26 to June 24, 2017).", 1)]
    [InlineData("the month of Ramadan", 1)]
    [InlineData(" ISIS also increased its terrorist attacks and guerrilla warfare throughout Iraq.", 0)]
    [InlineData("  • The Kurdish forces reported that during the battles in the Hajin area, they had captured six ISIS foreign fighters who had carried out terrorist activity in recent years.", 1)]
    [InlineData("month of", 0)]
    public void A_word_filed_under_a_later_run_is_found_where_it_starts(string text, int expected)
    {
        MonthGates.Scan(text).Should().Be((ulong)expected);
        MonthWords.MayMatch(text).Should().Be(expected == 1);
    }

    // A word's first four characters are compared at once, case folded by setting the lower-case bit where it holds a
    // letter: only an ASCII letter of either case matches there, and a hyphen or space matches only itself (a carriage
    // return differs from a hyphen by that very bit). A case-sensitive word's capitals stay capitals.
    private static readonly LiteralGate TrapWords = new(true, "booby-trapped", "car bomb");
    private static readonly LiteralGate DeviceWords = new(false, "IED", "explosive device");
    private static readonly LiteralGateSet TrapGates = new(TrapWords, DeviceWords);

    [Theory]
    [InlineData("Al-Anbar Province: An Iraqi force detonated IEDs in a controlled manner, neutralized a booby-trapped house and detonated an explosive belt (Al-Sumaria News, February 2, 2019).", 0b11)]
    [InlineData("An ISIS suicide bomber blew up a car bomb in the middle of the convoy.", 0b01)]
    // The same sentences altered: capitals, a carriage return or space for the hyphen, accents, a case-sensitive word in lower case.
    [InlineData("AN ISIS SUICIDE BOMBER BLEW UP A CAR BOMB IN THE MIDDLE OF THE CONVOY.", 0b01)]
    [InlineData("neutralized a BOOBY-TRAPPED house", 0b01)]
    [InlineData("neutralized a booby\rtrapped house", 0b00)]
    [InlineData("neutralized a booby trapped house", 0b00)]
    [InlineData("blew up a cár bomb, neutralized a bóoby-trapped house", 0b00)]
    [InlineData("An Iraqi force detonated ieds and an Explosive Device", 0b00)]
    [InlineData("An Iraqi force detonated an improvised explosive device", 0b10)]
    // A word closing the text, where fewer than four characters follow its start, and one a character short of it.
    [InlineData("An Iraqi force detonated an IED", 0b10)]
    [InlineData("An Iraqi force detonated an ied", 0b00)]
    [InlineData("blew up a car bom", 0b00)]
    [InlineData("BLEW UP A CAR BOMB", 0b01)]
    public void A_word_matches_in_any_ascii_case_only_where_its_gate_ignores_case(string text, int expected)
    {
        TrapGates.Scan(text).Should().Be((ulong)expected);
        var each = (TrapWords.MayMatch(text) ? 1 : 0) | (DeviceWords.MayMatch(text) ? 2 : 0);
        each.Should().Be(expected);
    }

    [Fact]
    public void A_word_the_index_cannot_file_is_refused()
    {
        var act = () => new LiteralGateSet(new LiteralGate(true, "IS"));
        act.Should().Throw<ArgumentException>().WithMessage("*IS*");
    }

    // Leads filed under a run after their start ("targeted"), case-sensitive and not, two lists starting at one place ("attacked by", "attack").
    private static readonly LiteralGate KillingLeads = new(false, "had kill", "have kill", "has kill", "kill", "targeted");
    private static readonly LiteralGate AirstrikeLeads = new(true, "air strike", "airstrike", "aircraft", "attacked by", "drone");
    private static readonly LiteralGate AttackLeads = new(true, "attack", "ambush", "opened", "fired at");
    private static readonly LiteralGate[] Leads = [KillingLeads, AirstrikeLeads, AttackLeads];
    private static readonly LiteralGateSet GatesAndLeads = new([AttackWords, KillingWords, AggregateWords], Leads);

    [Theory]
    [InlineData("Kirkuk Province: On November 19, 2017, the Popular Mobilization announced that its forces had killed 12 ISIS operatives in the Al-Hawija District.")]
    [InlineData("In addition, Russian aircraft attacked Kafrnubl (Edlib Media Center – EMC, November 26, 2019).")]
    [InlineData("On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.")]
    [InlineData("The Russian Air Force carried out more than 500 sorties in the past week, attacking ISIS targets.")]
    [InlineData("Involvement of Russia and the United States")]
    [InlineData("Syrian army soldiers were targeted")]
    [InlineData("KILLED IN ACTION")]
    public void One_pass_finds_every_place_a_lead_starts_as_the_lead_search_would(string text)
    {
        var starts = new LeadStarts(LiteralGate.HasCaseFoldOddity(text));
        GatesAndLeads.Scan(text, starts).Should().Be(Gates.Scan(text), "finding the leads changes no gate");
        for (var l = 0; l < Leads.Length; l++)
        {
            var expected = new List<int>();
            for (var at = 0; at < text.Length && Leads[l].IndexIn(text.AsSpan(at)) is var next and >= 0; at += next + 1) expected.Add(at + next);
            var found = new List<int>();
            for (var at = starts.Next(0, 1UL << l); at >= 0; at = starts.Next(at + 1, 1UL << l)) found.Add(at);
            found.Should().Equal(expected);
        }
    }
}
