using IncidentExtract.Segmentation;

namespace IncidentExtract.Tests.Segmentation;

/// <summary>One test per report shape, each on real lines of the seed reports.</summary>
public class ReportSegmenterTests
{
    private static SegmentedReport Segment(string text) => new ReportSegmenter().Segment(text);

    private static (NodeKind Kind, int Depth, string Start)[] Shape(SegmentedReport r) =>
        r.Nodes.Select(n => (n.Kind, n.Depth, n.Text[..Math.Min(24, n.Text.Length)])).ToArray();

    [Fact]
    public void No_title_dash_bullets_under_main_headings_with_labelled_lead_ins()
    {
        // 000_a3946165b381e999.txt: no title line, "-" bullets, a labelled paragraph after "Following are …:".
        var report = Segment("""
            Main events of the week
            - This week marked the end of the Islamic State in Syria and Iraq, which was declared by ISIS’s leader on June 29, 2014.
            Main developments in Iraq
            Counterterrorist activities by the Iraqi security forces
            - Following are the main counterterrorist activities carried out by the Iraqi security forces against ISIS:
            Al-Anbar Province: Two female suicide bombers (according to their photos, they appear to be around 17 years old) were detained by the Iraqi security forces in the city of Haditha.
            - Diyala Province: Iraqi security forces prevented the infiltration of dozens of ISIS operatives who had fled after the takeover of Al-Hawija by the Iraqi security forces.
            """);

        report.Title.Should().BeNull();
        Shape(report).Should().Equal(
            (NodeKind.Heading, 0, "Main events of the week"),
            (NodeKind.Bullet, 1, "This week marked the end"),
            (NodeKind.Heading, 0, "Main developments in Ira"),
            (NodeKind.Heading, 1, "Counterterrorist activit"),
            (NodeKind.Bullet, 2, "Following are the main c"),
            (NodeKind.Paragraph, 2, "Al-Anbar Province: Two f"),
            (NodeKind.Bullet, 2, "Diyala Province: Iraqi s"));
        report.Nodes[5].LeadIn.Should().Be("Al-Anbar Province");
        report.Nodes[5].Parent.Should().Be(5);
        report.Nodes[6].Section.Should().Equal("Main developments in Iraq", "Counterterrorist activities by the Iraqi security forces");
    }

    [Fact]
    public void Title_with_period_and_indented_bullets_at_two_depths()
    {
        // 001_df134338bd292c35.txt: a title line carrying the period, "•" bullets indented 2 and 4 spaces.
        var report = Segment("""
            MESOPOTAMIA INTEL BY MEIR AMIT INTELLIGENCE & TERRORISM INFORMATION CENTER – ISRAEL / Spotlight on Global Jihad (January 31 – February 6, 2019)

              • Following are the highlights of ISIS’s activity in the past week:
                • Diyala Province: Attack on an oil police position around 37 km north of Baghdad. An Iraqi security guard was killed (Iraqi News Agency, February 2, 2019).
            """);

        report.Title.Should().EndWith("Spotlight on Global Jihad (January 31 – February 6, 2019)");
        var bullets = report.Nodes.Where(n => n.Kind == NodeKind.Bullet).ToList();
        bullets.Select(b => b.Depth).Should().Equal(0, 1);
        bullets[1].Parent.Should().Be(bullets[0].Number);
        bullets[1].LeadIn.Should().Be("Diyala Province");
    }

    [Fact]
    public void Captions_repeated_split_side_by_side_and_labelled_are_not_content()
    {
        // 003_ca9f8efca7d3c31e.txt: the caption forms of the ITIC bulletins.
        var report = Segment("""
            Spotlight on Global Jihad (November 21-27, 2019)

            Syrian forces in the villages they took over in the Mushayrafa area (SANA, November 25, 2019)

            Syrian forces in the villages they took over in the Mushayrafa area (SANA, November 25, 2019)

            Airstrikes
              • On November 26, 2019, Syrian fighter jets dropped barrel bombs on Kafrnubl, about 30 km south of Idlib, and on other villages south of Idlib.
            Airstrikes in Kafrnubl (Edlib Media Center – EMC, November 26, 2019)      Airstrikes in Kafrnubl (Edlib Media Center – EMC, November 26, 2019)
            Airstrikes in Kafrnubl
            (Edlib Media Center – EMC, November 26, 2019)
            Right: Four ISIS squad members detained by the SDF forces. Left: Some of the weapons found in the possession of the ISIS operatives (SDF Press YouTube channel, November 23, 2019)
            The three ISIS operatives captured by the SDF forces in the Hajin rural area (SDF Press, February 4, 2019)
            """);

        report.Nodes.Where(n => n.IsContent).Should().ContainSingle().Which.Text.Should().StartWith("On November 26, 2019");
        report.Nodes.Count(n => n.Kind == NodeKind.Caption).Should().Be(7);
    }

    // Caption keys are hashed from their length and first words: two paragraphs alike in both, one after the other and
    // cited, differ further on and are two paragraphs, not a caption printed twice; a true copy (a long caption) is one.
    [Fact]
    public void Long_lines_alike_in_their_opening_are_told_apart_in_full()
    {
        const string Paragraph = "According to other reports, the Syrian army fired rockets in response for the violation of the de-escalation agreement. As a result, several hiding places were destroyed and the rebel organizations sustained casualties (SANA, February 4, 2019).";
        var report = Segment(Paragraph + "\n\n" + Paragraph.Replace("destroyed", "flattened") + "\n");
        report.Nodes.Select(n => n.Kind).Should().Equal(NodeKind.Paragraph, NodeKind.Paragraph);

        const string Caption = "Syrian army tank attacking a target of the rebel organizations in the southern rural area of Idlib (Syrian TV, February 4, 2019)";
        Segment("Spotlight on Global Jihad (November 21-27, 2019)\n\n" + Caption + "\n" + Caption + "\n").Nodes.Select(n => n.Kind)
            .Should().Equal(NodeKind.Title, NodeKind.Caption, NodeKind.Caption);
    }

    [Fact]
    public void A_heading_used_twice_far_apart_stays_a_heading()
    {
        // 003: "Salah al-Din Province" heads two lists; captions repeat back to back, headings do not.
        var report = Segment("""
            Additional ISIS activities
            Salah al-Din Province
              • On November 20, 2019, an Iraqi Federal Police operative was shot and killed about 80 km north of Baghdad (Telegram, November 20, 2019).
            Kirkuk Province
              • On November 21, 2019, an IED was activated against a Tribal Mobilization vehicle about 30 km southwest of Kirkuk.
            Salah al-Din Province
              • On November 24, 2019, an airstrike was carried out near Tikrit, about 150 km north of Baghdad, against an ISIS hiding place.
            """);

        report.Nodes.Where(n => n.Kind == NodeKind.Heading).Select(n => n.Text)
            .Should().Equal("Additional ISIS activities", "Salah al-Din Province", "Kirkuk Province", "Salah al-Din Province");
        report.Nodes[^1].Section.Should().Equal("Additional ISIS activities", "Salah al-Din Province");
    }

    [Fact]
    public void Footnotes_are_nodes_and_their_markers_leave_the_text()
    {
        // 002_db664ad5c1a063d2.txt: markers glued to words, footnotes at the end.
        var report = Segment("""
            Spotlight on Global Jihad (June 29 – July 5, 2017)
              • The Coalition spokesman said that the SDF forces managed to break through the ancient wall surrounding Al-Raqqah in two places.[1] The attacking forces overcame ISIS resistance.
            [1]A wall built in the period of the Abbasid Caliphate, during the 8thcentury.
            """);

        report.Nodes.Select(n => n.Kind).Should().Equal(NodeKind.Title, NodeKind.Bullet, NodeKind.Footnote);
        report.Nodes[1].Text.Should().Contain("in two places. The attacking forces");
    }

    [Fact]
    public void Web_page_chrome_dateline_and_byline_are_set_apart_from_the_article()
    {
        // 004_08963c1b09683d1f.txt: an IranWire page dump.
        var report = Segment("""
            close button
            Switch to Iranwire Light?
            It looks like you’re having trouble loading the content on this page. Switch to Iranwire Light instead.
            Features

            ISIS Still Active in Syria and Iraq

            May 21, 2020
            Ahmad Salloum
            5 min read
            ISIS operatives by Jawad Murad
            ISIS operatives by Jawad Murad

            On May 17, IranWire correspondent Umar Al-Ahmad reported that ISIS has intensified its operations against Iranian militias.

            comments

            Images

            Life Before Coronavirus
            """);

        report.Title.Should().Be("ISIS Still Active in Syria and Iraq");
        report.Nodes.Select(n => n.Kind).Should().Equal(
            NodeKind.Chrome, NodeKind.Chrome, NodeKind.Chrome, NodeKind.Chrome, NodeKind.Title, NodeKind.Meta, NodeKind.Meta,
            NodeKind.Chrome, NodeKind.Caption, NodeKind.Caption, NodeKind.Paragraph, NodeKind.Chrome, NodeKind.Chrome, NodeKind.Chrome);
    }

    // A bullet is read for chrome, title, dateline and byline only where one of those may stand: before the title
    // and content, where a bulleted headline is the title, and after the comments, where a bullet is page furniture.
    [Fact]
    public void A_bullet_is_a_title_before_the_content_and_chrome_after_the_comments()
    {
        var report = Segment("""
            • Spotlight on Global Jihad (November 21-27, 2019)
              • On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.
            comments
              • ISIS operatives who surrendered to the Afghan forces
            """);

        report.Title.Should().Be("• Spotlight on Global Jihad (November 21-27, 2019)");
        report.Nodes.Select(n => (n.Kind, n.Text)).Should().Equal(
            (NodeKind.Title, "• Spotlight on Global Jihad (November 21-27, 2019)"),
            (NodeKind.Bullet, "On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra."),
            (NodeKind.Chrome, "comments"),
            (NodeKind.Chrome, "• ISIS operatives who surrendered to the Afghan forces"));
    }

    [Fact]
    public void Tree_printer_shows_kind_line_and_first_words_indented_by_depth()
    {
        var report = Segment("""
            Main events in Iraq
            Salah al-Din Province
              • On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.
            """);
        var output = new StringWriter();
        ReportTreePrinter.Print(report, output);
        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "heading L1: Main events in Iraq",
            "  heading L2: Salah al-Din Province",
            "    bullet L3: On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.");
    }
}
