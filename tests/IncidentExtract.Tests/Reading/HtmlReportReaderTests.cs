using IncidentExtract.Reading;

namespace IncidentExtract.Tests.Reading;

public class HtmlReportReaderTests
{
    public static TheoryData<string, string> Pages => new()
    {
        // Headings are lines of their own, set off by blank lines.
        {
            "<html><body><h1>ISIS Still Active in Syria and Iraq</h1><p>On May 17, IranWire correspondent Umar Al-Ahmad reported that ISIS has intensified its operations.</p></body></html>",
            "ISIS Still Active in Syria and Iraq\n\nOn May 17, IranWire correspondent Umar Al-Ahmad reported that ISIS has intensified its operations.\n\n"
        },
        // Nested lists: two spaces per level; text before a nested list is the outer bullet.
        {
            "<body><h2>Main developments in Iraq</h2><ul><li>Following are the highlights of ISIS’s activity in the past week:<ul><li>Diyala Province: Attack on an oil police position around 37 km north of Baghdad.</li><li><p>Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative.</p></li></ul></li></ul></body>",
            "Main developments in Iraq\n\n• Following are the highlights of ISIS’s activity in the past week:\n  • Diyala Province: Attack on an oil police position around 37 km north of Baghdad.\n  • Nineveh Province: ISIS operatives broke into the home of an Iraqi military intelligence operative.\n"
        },
        // Scripts, styles, navigation, header, footer, aside and forms are page furniture.
        {
            "<html><head><style>p{}</style></head><body><header>IranWire</header><nav><a>Features</a></nav><script>document.write('ISIS attacked')</script><p>ISIS   also detonated\n an explosive device&nbsp;on a military vehicle.</p><aside>Read more</aside><form><input value=x>Subscribe</form><footer>comments</footer></body></html>",
            "ISIS also detonated an explosive device on a military vehicle.\n\n"
        },
        // With no h1 the page title is the report's title line.
        {
            "<html><head><title>Spotlight on Global Jihad (November 21-27, 2019)</title></head><body><h2>Main events</h2><p>x</p></body></html>",
            "Spotlight on Global Jihad (November 21-27, 2019)\n\nMain events\n\nx\n\n"
        },
        // Inline markup stays inside its line; br breaks the line.
        {
            "<p>On <b>November 22, 2019</b>, Popular Mobilization fighters were <a href='#'>ambushed</a> northeast of Samarra.<br>Four were killed.</p>",
            "On November 22, 2019, Popular Mobilization fighters were ambushed northeast of Samarra.\nFour were killed.\n\n"
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Html_becomes_the_line_text_the_segmenter_reads(string html, string text) =>
        HtmlReportReader.ToReportText(html).Should().Be(text);

    [Fact]
    public void Markup_nested_thousands_deep_is_read_without_exhausting_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + "ISIS claimed responsibility for a bombing in the town of Al-Kasrat.";

        HtmlReportReader.ToReportText(html).Should().Contain("ISIS claimed responsibility for a bombing in the town of Al-Kasrat.");
    }

    [Theory]
    [InlineData("report.html", "Main events", true)]
    [InlineData("report.HTM", "Main events", true)]
    [InlineData("report.txt", "<!DOCTYPE html><html><body>Main events</body></html>", true)]
    [InlineData("-", "\n  <html lang=\"en\"><body>Main events</body></html>", true)]
    [InlineData("report.txt", "Spotlight on Global Jihad (November 21-27, 2019)\n<html> tags in a plain report", false)]
    public void Html_is_known_by_its_extension_or_its_opening(string path, string text, bool html) =>
        HtmlReportReader.LooksLikeHtml(path, text).Should().Be(html);
}
