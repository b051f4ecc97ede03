using System.Text;
using Attest.Ingest.Tests.Support;

namespace Attest.Ingest.Tests.Fetching;

public sealed class UrlCaptureTests
{
    [Fact]
    public async Task A_page_fetched_over_http_keeps_its_url_origin_and_metadata()
    {
        using var server = new LocalHttpServer().Serve("/world/sarn-water-talks", "text/html; charset=utf-8", Fixture.Bytes("news-article.html"));
        var url = server.Url("/world/sarn-water-talks");

        var source = await Capture.OneSourceAsync(url);

        Assert.Equal(url, source.Metadata.Origin);
        Assert.Equal(url, source.Metadata.Url);
        Assert.Equal("Talks on Sarn Valley water rights collapse", source.Metadata.Title);
        Assert.Equal(Fixture.Bytes("news-article.html"), source.Content.ToArray());
        Assert.Contains("Three days of talks between Valdoria and Kestria", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_page_is_a_failure_with_the_http_status()
    {
        using var server = new LocalHttpServer();
        var url = server.Url("/no-such-article");

        var failure = await Capture.OneFailureAsync(url);

        Assert.Equal(url, failure.Input);
        Assert.Equal("HTTP 404 Not Found", failure.Reason);
    }

    [Fact]
    public async Task A_port_with_nothing_listening_is_a_connection_refused_failure()
    {
        var url = $"http://127.0.0.1:{LocalHttpServer.FreePort()}/article";

        var failure = await Capture.OneFailureAsync(url);

        Assert.Equal(url, failure.Input);
        Assert.Equal("could not be reached: connection refused", failure.Reason);
    }

    [Fact]
    public async Task The_charset_in_the_http_content_type_decodes_the_page()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><title>Caf\u00e9 owners count losses</title></head><body><p>Caf\u00e9 owners in Harrow said the shelling had " +
                   "\u201cemptied the square\u201d for a week. (Fictional text for tests.)</p></body></html>";
        using var server = new LocalHttpServer().Serve("/cafe", "text/html; charset=windows-1252", Encoding.GetEncoding(1252).GetBytes(html));

        var source = await Capture.OneSourceAsync(server.Url("/cafe"));

        Assert.Equal("Caf\u00e9 owners count losses", source.Metadata.Title);
        Assert.Contains("\u201cemptied the square\u201d", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var server = new LocalHttpServer().Serve("/big.txt", "text/plain", new byte[3 * 1024]);

        var failure = await Capture.OneFailureAsync(server.Url("/big.txt"), new CaptureOptions(MaxBytes: 2048));

        Assert.Equal("is 3.0 KB, over the 2 KB limit", failure.Reason);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_a_timeout_failure()
    {
        using var server = new LocalHttpServer().Serve("/slow", "text/plain", "late"u8.ToArray(), delay: TimeSpan.FromSeconds(5));

        var failure = await Capture.OneFailureAsync(server.Url("/slow"), new CaptureOptions(FetchTimeout: TimeSpan.FromSeconds(1)));

        Assert.Equal("did not answer within 1 second", failure.Reason);
    }

    [Fact]
    public async Task A_connection_that_breaks_off_mid_download_is_a_failure_not_half_a_source()
    {
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The convoy reached Orsk on Friday, aid workers said. (Fictional.) ", 200)));
        using var server = new LocalHttpServer().Serve("/cut", "text/plain; charset=utf-8", body, breakOff: true);

        var failure = await Capture.OneFailureAsync(server.Url("/cut"));

        Assert.StartsWith("could not be fetched:", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_url_yields_its_items()
    {
        var feed = Fixture.Text("wire.rss").Replace("LINK1", "https://wire.example.invalid/1")
            .Replace("LINK2", "https://wire.example.invalid/2").Replace("LINK3", "https://wire.example.invalid/3");
        using var server = new LocalHttpServer().Serve("/feed", "application/rss+xml", feed);

        var results = await Capture.AllAsync(server.Url("/feed"), new CaptureOptions(FetchLinkedPages: false));

        Assert.Equal(3, results.Count);
        Assert.Equal("Kestria opens border crossing at Dal for relief convoys", results[0].Source!.Metadata.Title);
        Assert.Equal("https://wire.example.invalid/1", results[0].Source!.Metadata.Origin);
    }
}
