using AngleSharp.Html.Parser;
using Attest.Ingest.Html;

namespace Attest.Ingest.Tests.Html;

public sealed class PageMetadataReaderTests
{
    private static PageMetadata Read(string head, string? url = null) =>
        PageMetadataReader.Read(new HtmlParser().ParseDocument($"<html><head>{head}</head><body><p>Text.</p></body></html>"), url is null ? null : new Uri(url));

    [Fact]
    public void Article_inside_a_json_ld_graph_is_found_with_a_plain_string_author()
    {
        var metadata = Read("""
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Kest Morning Wire"},
              {"@type":"ReportageNewsArticle","headline":"Dal crossing reopens","author":"Mara Tesk",
               "datePublished":"2026-03-12","publisher":{"@type":"NewsMediaOrganization","name":"Kest Morning Wire"}}]}
            </script>
            """);

        Assert.Equal("Dal crossing reopens", metadata.Title);
        Assert.Equal("Mara Tesk", metadata.Author);
        Assert.Equal("Kest Morning Wire", metadata.Outlet);
        Assert.Equal(new DateOnly(2026, 3, 12), metadata.Published);
    }

    [Fact]
    public void Broken_json_ld_is_ignored_and_meta_tags_answer_instead()
    {
        var metadata = Read("""
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <meta name="twitter:title" content="Harrow schools reopen">
            <meta name="author" content="Nadia Korel">
            <meta name="pubdate" content="20260316">
            """);

        Assert.Equal("Harrow schools reopen", metadata.Title);
        Assert.Equal("Nadia Korel", metadata.Author);
        Assert.Equal(new DateOnly(2026, 3, 16), metadata.Published);
    }

    [Fact]
    public void Author_given_only_as_a_profile_url_names_no_one()
    {
        var metadata = Read("""<meta property="article:author" content="https://ledger.example.invalid/staff/korel">""");

        Assert.Null(metadata.Author);
    }

    [Fact]
    public void Relative_canonical_link_resolves_against_the_page_address()
    {
        var metadata = Read("""<link rel="canonical" href="/2026/03/04/sarn-valley-night">""", "https://ledger.example.invalid/amp/sarn?utm=x");

        Assert.Equal("https://ledger.example.invalid/2026/03/04/sarn-valley-night", metadata.CanonicalUrl);
    }

    [Fact]
    public void Time_element_in_the_article_dates_a_page_without_date_meta()
    {
        var document = new HtmlParser().ParseDocument(
            "<html><head><title>Council meets</title></head><body><article><time datetime=\"2026-03-05T18:00:00Z\">5 March</time><p>Text.</p></article></body></html>");

        Assert.Equal(new DateOnly(2026, 3, 5), PageMetadataReader.Read(document, null).Published);
    }
}
