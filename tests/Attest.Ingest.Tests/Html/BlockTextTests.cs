using Attest.Ingest.Html;

namespace Attest.Ingest.Tests.Html;

public sealed class BlockTextTests
{
    [Fact]
    public void Blocks_become_paragraphs_and_inline_markup_stays_in_the_sentence()
    {
        var text = BlockText.OfHtml(
            "<h2>Casualties</h2><p>Officials said <b>12</b> civilians were <a href=\"#\">killed</a>\n   in   Orsk.</p><ul><li>Orsk</li><li>Lenta</li></ul>");

        Assert.Equal("Casualties\n\nOfficials said 12 civilians were killed in Orsk.\n\nOrsk\n\nLenta", text);
    }

    [Fact]
    public void Table_cells_are_kept_apart_and_line_breaks_kept()
    {
        var text = BlockText.OfHtml("<table><tr><th>Village</th><th>Dead</th></tr><tr><td>Orsk</td><td>7</td></tr></table><p>First line<br>second line</p>");

        Assert.Equal("Village Dead\n\nOrsk 7\n\nFirst line\nsecond line", text);
    }

    [Fact]
    public void Scripts_styles_and_templates_are_not_text()
    {
        var text = BlockText.OfHtml("<style>p{color:red}</style><p>Shown.</p><script>hidden()</script><template><p>Hidden.</p></template>");

        Assert.Equal("Shown.", text);
    }

    [Fact]
    public void Soft_hyphens_and_zero_width_spaces_do_not_split_words()
    {
        Assert.Equal("Kashmir Valley", BlockText.OfHtml("<p>Kash&shy;mir Val\u200Bley</p>"));
    }
}
