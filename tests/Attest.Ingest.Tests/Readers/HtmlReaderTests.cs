using System.Text;
using Attest.Ingest.Tests.Support;

namespace Attest.Ingest.Tests.Readers;

public sealed class HtmlReaderTests
{
    [Fact]
    public async Task News_page_metadata_comes_from_json_ld_first_then_meta_tags()
    {
        var source = await Capture.OneSourceAsync(Fixture.Path("news-article.html"));
        var m = source.Metadata;

        Assert.Equal("Talks on Sarn Valley water rights collapse", m.Title);
        Assert.Equal("Oren Balic, Sana Idrel", m.Author);
        Assert.Equal("Valdor Evening Post", m.Outlet);
        Assert.Equal("https://post.example.invalid/world/sarn-water-talks", m.CanonicalUrl);
        Assert.Equal("text/html", m.MediaType);
        Assert.Equal("en", m.Language);
    }

    [Fact]
    public async Task Published_date_is_the_date_the_publisher_wrote_not_shifted_to_utc()
    {
        // 22:10 at UTC-4 on the 14th is already the 15th in UTC; the outlet's own date is the 14th.
        var source = await Capture.OneSourceAsync(Fixture.Path("news-article.html"));

        Assert.Equal(new DateOnly(2026, 4, 14), source.Metadata.Published);
    }

    [Fact]
    public async Task Main_text_keeps_the_article_paragraphs_and_drops_navigation_asides_footer_and_scripts()
    {
        var source = await Capture.OneSourceAsync(Fixture.Path("news-article.html"));
        var text = source.Text;

        Assert.Contains("GENEVA, APR 14 – Three days of talks between Valdoria and Kestria", text, StringComparison.Ordinal);
        Assert.Contains("\"a veto over every bucket of water in the valley\".", text, StringComparison.Ordinal);
        Assert.Contains("Farmers on both banks", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe for 1 euro", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ten recipes for spring", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cookie settings", text, StringComparison.Ordinal);
        Assert.DoesNotContain("should never appear", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paragraphs_are_separated_by_a_blank_line_with_whitespace_collapsed()
    {
        var source = await Capture.OneSourceAsync(Fixture.Path("news-article.html"));

        var paragraphs = source.Text.Split("\n\n");
        Assert.Contains(paragraphs, p => p.StartsWith("GENEVA, APR 14", StringComparison.Ordinal) && p.EndsWith("for the breakdown.", StringComparison.Ordinal));
        Assert.DoesNotContain("  ", source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Windows_1252_page_declared_by_its_meta_charset_is_decoded()
    {
        using var folder = new TempFolder();
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Harrow council</title></head>" +
                   "<body><p>The council said it was \u201cready to help\u201d the caf\u00e9 owners of Harrow, whose shops were damaged in the shelling. (Fictional.)</p></body></html>";
        var path = folder.Write("cp1252.html", CodePages.Windows1252.GetBytes(html));

        var source = await Capture.OneSourceAsync(path);

        Assert.Contains("\u201cready to help\u201d the caf\u00e9 owners", source.Text, StringComparison.Ordinal);
        Assert.Equal("Harrow council", source.Metadata.Title);
    }

    [Fact]
    public async Task Short_page_without_meta_tags_takes_its_title_from_the_title_element_and_its_text_without_the_chrome()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plain.html",
            "<!doctype html><html><head><title>Relief convoy reaches Orsk</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>" +
            "<p>A relief convoy of twelve trucks reached Orsk on Friday, the first since the clashes, aid workers said. (Fictional text for tests.)</p>" +
            "<footer>Contact us</footer></body></html>");

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal("Relief convoy reaches Orsk", source.Metadata.Title);
        Assert.Equal("A relief convoy of twelve trucks reached Orsk on Friday, the first since the clashes, aid workers said. (Fictional text for tests.)", source.Text);
        Assert.Null(source.Metadata.Published);
    }

    [Fact]
    public async Task Site_name_appended_to_the_title_element_is_dropped_when_it_is_the_outlet()
    {
        using var folder = new TempFolder();
        var path = folder.Write("suffix.html",
            "<html><head><title>Harrow schools reopen | Harrow Ledger</title><meta property=\"og:site_name\" content=\"Harrow Ledger\"></head>" +
            "<body><p>Two schools in Harrow that sheltered displaced families reopened for lessons on Monday, the council said. (Fictional.)</p></body></html>");

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal("Harrow schools reopen", source.Metadata.Title);
        Assert.Equal("Harrow Ledger", source.Metadata.Outlet);
    }

    [Fact]
    public async Task Page_that_names_no_outlet_is_known_by_the_outlet_option_else_the_host_of_its_canonical_address()
    {
        using var folder = new TempFolder();
        var path = folder.Write("saved.html",
            "<html><head><title>Harrow schools reopen</title><link rel=\"canonical\" href=\"https://www.ledger.example.invalid/harrow-schools\"></head>" +
            "<body><p>Two schools in Harrow that sheltered displaced families reopened for lessons on Monday, the council said. (Fictional.)</p></body></html>");

        var source = await Capture.OneSourceAsync(path);
        var named = await Capture.OneSourceAsync(path, new CaptureOptions(Outlet: "The Harrow Ledger"));

        Assert.Equal("ledger.example.invalid", source.Metadata.Outlet);
        Assert.Equal("The Harrow Ledger", named.Metadata.Outlet);
    }

    [Fact]
    public async Task Visible_byline_names_the_author_when_no_meta_tag_does()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i}: residents of Orsk said the shelling began shortly after midnight and lasted nearly four hours, " +
            "while families sheltered in cellars and the hillside above the village burned. (Fictional text for tests.)</p>"));
        using var folder = new TempFolder();
        var path = folder.Write("byline.html",
            $"<html><head><title>A night in Orsk</title></head><body><article><h1>A night in Orsk</h1>" +
            $"<p class=\"byline\">By Nadia Korel | 4 March 2026</p>{paragraphs}</article></body></html>");

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal("Nadia Korel", source.Metadata.Author);
        Assert.StartsWith("Paragraph 1: residents of Orsk", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Very_large_page_is_read_whole_without_its_navigation()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 9000).Select(i => $"<p>Entry {i}: relief delivered to Orsk. (Fictional.)</p>"));
        using var folder = new TempFolder();
        var path = folder.Write("archive.html",
            $"<html><head><title>Relief log</title></head><body><nav><a href=\"/\">Home</a></nav><main>{paragraphs}</main><footer>Contact</footer></body></html>");

        var source = await Capture.OneSourceAsync(path);

        Assert.StartsWith("Entry 1: relief delivered to Orsk. (Fictional.)\n\nEntry 2:", source.Text, StringComparison.Ordinal);
        Assert.EndsWith("Entry 9000: relief delivered to Orsk. (Fictional.)", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_with_no_visible_text_is_a_failure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty-page.html", "<!doctype html><html><head><title>x</title><script>var a = 1;</script></head><body>  </body></html>");

        var failure = await Capture.OneFailureAsync(path);

        Assert.Equal("has no text after extraction", failure.Reason);
    }

    /// <summary>Code-page encodings, registered the way the reader registers them.</summary>
    private static class CodePages
    {
        static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        public static Encoding Windows1252 => Encoding.GetEncoding(1252);
    }
}
