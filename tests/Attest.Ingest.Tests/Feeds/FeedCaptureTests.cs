using Attest.Ingest.Tests.Support;

namespace Attest.Ingest.Tests.Feeds;

public sealed class FeedCaptureTests
{
    private const string ArticleHtml =
        "<!doctype html><html><head><title>Dal crossing reopens | Kest Morning Wire</title>" +
        "<meta property=\"og:title\" content=\"Dal crossing reopens for relief convoys\"></head><body><article>" +
        "<p>DAL CROSSING, MAR 12 – Kestria reopened the Dal crossing on Thursday to let through relief convoys bound for villages in the " +
        "Sarn Valley, the interior ministry said in a statement read on state radio.</p>" +
        "<p>\"Twenty trucks crossed before noon,\" a ministry spokesman said, adding that more would follow on Friday. (Fictional text for tests.)</p>" +
        "</article></body></html>";

    /// <summary>The fixture feed with its placeholder links pointing at the given URLs.</summary>
    private static string WireFeed(string link1, string link2, string link3) =>
        Fixture.Text("wire.rss").Replace("LINK1", link1).Replace("LINK2", link2).Replace("LINK3", link3);

    [Fact]
    public async Task Each_rss_item_becomes_a_source_from_its_own_text_when_its_link_is_unreachable()
    {
        using var folder = new TempFolder();
        var dead = $"http://127.0.0.1:{LocalHttpServer.FreePort()}";
        var path = folder.Write("wire.rss", WireFeed($"{dead}/one", $"{dead}/two", $"{dead}/three"));

        var results = await Capture.AllAsync(path);

        Assert.Equal(3, results.Count);
        var first = results[0].Source!;
        Assert.Equal($"{dead}/one", first.Metadata.Origin);
        Assert.Equal("Kestria opens border crossing at Dal for relief convoys", first.Metadata.Title);
        Assert.Equal("Mara Tesk", first.Metadata.Author);
        Assert.Equal("Kest Morning Wire", first.Metadata.Outlet);
        Assert.Equal(new DateOnly(2026, 3, 12), first.Metadata.Published);
        Assert.Equal($"{dead}/one", first.Metadata.Url);
        Assert.Equal("application/rss+xml", first.Metadata.MediaType);
        Assert.StartsWith("Kestria reopened the Dal crossing on Thursday", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("teaser", first.Text, StringComparison.Ordinal);
        Assert.Contains("<item>", System.Text.Encoding.UTF8.GetString(first.Content.Span), StringComparison.Ordinal);

        var second = results[1].Source!;
        Assert.Equal(new DateOnly(2026, 3, 13), second.Metadata.Published);
        Assert.StartsWith("Valdoria's parliament began debating an emergency budget of 40 million crowns", second.Text, StringComparison.Ordinal);

        var third = results[2].Failure!;
        Assert.Equal($"{dead}/three", third.Input);
        Assert.StartsWith("is a feed item with no text of its own, and its linked page could not be reached", third.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reachable_linked_page_is_fetched_and_keeps_the_item_metadata_it_lacks()
    {
        using var server = new LocalHttpServer().Serve("/dal", "text/html; charset=utf-8", ArticleHtml);
        using var folder = new TempFolder();
        var path = folder.Write("wire.rss", WireFeed(server.Url("/dal"), server.Url("/missing"), server.Url("/missing-too")));

        var results = await Capture.AllAsync(path);

        var page = results[0].Source!;
        Assert.Equal("text/html", page.Metadata.MediaType);
        Assert.Equal("Dal crossing reopens for relief convoys", page.Metadata.Title);
        Assert.Equal("Mara Tesk", page.Metadata.Author);
        Assert.Equal(new DateOnly(2026, 3, 12), page.Metadata.Published);
        Assert.Equal(server.Url("/dal"), page.Metadata.Url);
        Assert.StartsWith("DAL CROSSING, MAR 12 – Kestria reopened", page.Text, StringComparison.Ordinal);
        Assert.StartsWith("<!doctype html>", System.Text.Encoding.UTF8.GetString(page.Content.Span), StringComparison.Ordinal);

        // The second item's page answers 404, so its own description is the text.
        Assert.Equal("application/rss+xml", results[1].Source!.Metadata.MediaType);
        Assert.EndsWith("HTTP 404 Not Found", results[2].Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linked_pages_fetched_side_by_side_still_come_back_in_feed_order()
    {
        using var server = new LocalHttpServer()
            // Every page is held a while, so pages fetched side by side are in flight together whichever the server accepts
            // first; with only the slow page held, the fast ones could come and go before it was accepted (seen once).
            .Serve("/slow", "text/html", ArticleHtml.Replace("Dal crossing reopens for", "Slow page:"), delay: TimeSpan.FromSeconds(2))
            .Serve("/fast", "text/html", ArticleHtml.Replace("Dal crossing reopens for", "Fast page:"), delay: TimeSpan.FromSeconds(1))
            .Serve("/faster", "text/html", ArticleHtml.Replace("Dal crossing reopens for", "Faster page:"), delay: TimeSpan.FromSeconds(1));
        using var folder = new TempFolder();
        var path = folder.Write("wire.rss", WireFeed(server.Url("/slow"), server.Url("/fast"), server.Url("/faster")));

        var results = await Capture.AllAsync(path);

        Assert.Equal(
            ["Slow page: relief convoys", "Fast page: relief convoys", "Faster page: relief convoys"],
            results.Select(r => r.Source!.Metadata.Title));
        Assert.True(server.MaxInFlight > 1, "the pages were fetched one after another");
    }

    [Fact]
    public async Task Atom_entries_become_sources_with_their_summary_or_xhtml_content()
    {
        var options = new CaptureOptions(FetchLinkedPages: false);

        var results = await Capture.AllAsync(Fixture.Path("bulletin.atom"), options);

        Assert.Equal(2, results.Count);
        var first = results[0].Source!;
        Assert.Equal("https://mission.example.invalid/bulletins/orsk-2", first.Metadata.Origin);
        Assert.Equal("Observers complete second visit to Orsk", first.Metadata.Title);
        Assert.Equal("Mission press office", first.Metadata.Author);
        Assert.Equal("Sarn Valley Observer Mission bulletins", first.Metadata.Outlet);
        Assert.Equal(new DateOnly(2026, 3, 19), first.Metadata.Published);
        Assert.Equal("application/atom+xml", first.Metadata.MediaType);
        Assert.Contains("since their first visit & that the school remained closed.", first.Text, StringComparison.Ordinal);

        var second = results[1].Source!;
        Assert.Equal(new DateOnly(2026, 3, 18), second.Metadata.Published);
        Assert.StartsWith("The head of the mission, General Soren Mahl, met the defence ministers", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rss_1_items_beside_the_channel_become_sources()
    {
        using var folder = new TempFolder();
        var path = folder.Write("rdf.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://wire.example.invalid/"><title>Harrow Notes (fictional)</title>
                <items><rdf:Seq><rdf:li rdf:resource="https://wire.example.invalid/n1"/></rdf:Seq></items></channel>
              <item rdf:about="https://wire.example.invalid/n1">
                <title>Water back in Harrow schools</title><link>https://wire.example.invalid/n1</link>
                <dc:date>2026-03-11T08:00:00+01:00</dc:date>
                <description>Water tankers reached the two Harrow schools sheltering displaced families on Wednesday. (Fictional.)</description>
              </item>
            </rdf:RDF>
            """);

        var source = await Capture.OneSourceAsync(path, new CaptureOptions(FetchLinkedPages: false));

        Assert.Equal("Water back in Harrow schools", source.Metadata.Title);
        Assert.Equal("Harrow Notes (fictional)", source.Metadata.Outlet);
        Assert.Equal(new DateOnly(2026, 3, 11), source.Metadata.Published);
    }

    [Fact]
    public async Task A_feed_with_no_items_is_one_failure()
    {
        var failure = await Capture.OneFailureAsync(Fixture.Path("empty.rss"));

        Assert.Equal(Fixture.Path("empty.rss"), failure.Input);
        Assert.Equal("is a feed with no items", failure.Reason);
    }

    [Fact]
    public async Task A_broken_feed_is_one_failure_naming_the_xml_error()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut off</title><item><title>Half");

        var failure = await Capture.OneFailureAsync(path);

        Assert.StartsWith("is not a well-formed feed:", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_item_in_two_feeds_is_the_same_source()
    {
        using var folder = new TempFolder();
        var feed = WireFeed("https://wire.example.invalid/a", "https://wire.example.invalid/b", "https://wire.example.invalid/c");
        var options = new CaptureOptions(FetchLinkedPages: false);

        var first = await Capture.AllAsync(folder.Write("one.rss", feed), options);
        var second = await Capture.AllAsync(folder.Write("two.rss", feed.Replace("Kest Morning Wire", "Kest Morning Wire (mirror)")), options);

        Assert.Equal(first[0].Source!.Sha256, second[0].Source!.Sha256);
        Assert.NotEqual(first[0].Source!.Sha256, first[1].Source!.Sha256);
    }
}
