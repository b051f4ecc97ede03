using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Attest.Ingest.Html;
using Attest.Ingest.Reading;

namespace Attest.Ingest.Readers;

/// <summary>Reads a web page: the article's main text (SmartReader's readability), and its metadata from meta tags and JSON-LD.</summary>
internal sealed class HtmlReader : ISourceReader
{
    // A page read from disk has no address; SmartReader needs one to resolve links and this one resolves nowhere.
    private static readonly Uri LocalPage = new("https://localhost/");

    // Readability's scoring grows faster than the page: 6,000 paragraphs take seconds, 30,000 take most of a minute.
    // Beyond a large news page's size the whole-page text is read instead, in linear time.
    private const int MaxReadabilityElements = 8000;

    public IReadOnlyCollection<ContentKind> Kinds { get; } = [ContentKind.Html];

    public ReadDocument Read(RawInput input, ContentKind kind)
    {
        var bytes = input.Bytes.Span;
        var charset = Bom.Detect(bytes) is null ? input.Charset ?? HtmlCharset.Declared(bytes) : null;
        var html = TextDecoder.Decode(bytes, charset);

        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var metadata = PageMetadataReader.Read(document, input.Url);

        // Metadata is read before the fallback text, which strips the page chrome out of the same DOM.
        var article = document.All.Length <= MaxReadabilityElements ? MainText(parser, html, input.Url ?? LocalPage) : null;
        var text = article?.Text ?? WholePageText(document);

        return new ReadDocument(
            text,
            "text/html",
            metadata.Title,
            metadata.Author ?? article?.Byline,
            metadata.Outlet,
            metadata.Published,
            metadata.CanonicalUrl,
            DeclaredLanguage: metadata.Language,
            Site: SiteOf(metadata.CanonicalUrl, input.Url));
    }

    /// <summary>The article body as SmartReader isolates it, with the byline it found, or null when it finds no readable article.</summary>
    private static ReadableArticle? MainText(HtmlParser parser, string html, Uri url)
    {
        SmartReader.Article article;
        try
        {
            // SmartReader rewrites the DOM it is given, so it gets its own parse of the page.
            article = new SmartReader.Reader(url.ToString(), parser.ParseDocument(html)).GetArticle();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return null; // Readability heuristics failing on an odd page is no reason to lose the page: the fallback reads it all.
        }

        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return null;
        }

        var text = BlockText.Of(parser.ParseDocument(article.Content).Body!);
        return string.IsNullOrWhiteSpace(text) ? null : new ReadableArticle(text, Byline(article.Byline));
    }

    /// <summary>The name in a visible byline ("By Nadia Korel | 4 March 2026" → "Nadia Korel").</summary>
    private static string? Byline(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return null;
        }

        var name = byline.AsSpan().Trim();
        var cut = name.IndexOfAny("|•·\n");
        if (cut >= 0)
        {
            name = name[..cut].Trim();
        }

        if (name.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[3..].Trim();
        }

        return name.IsEmpty || name.Length > 120 ? null : name.ToString();
    }

    /// <summary>A page that names no outlet is known by its site: the host of its canonical or fetched address, without "www.".</summary>
    private static string? SiteOf(string? canonicalUrl, Uri? fetchedFrom)
    {
        var address = Uri.TryCreate(canonicalUrl, UriKind.Absolute, out var canonical) ? canonical : fetchedFrom;
        if (address is null || address.HostNameType != UriHostNameType.Dns || address.IsLoopback)
        {
            return null;
        }

        var host = address.IdnHost;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    /// <summary>For pages too short or too unusual for readability: the body without navigation, headers, footers and asides.</summary>
    private static string WholePageText(IHtmlDocument document)
    {
        if (document.Body is not { } body)
        {
            return BlockText.Of(document);
        }

        foreach (var chrome in body.QuerySelectorAll("nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]").ToList())
        {
            chrome.Remove();
        }

        return BlockText.Of(body);
    }

    private sealed record ReadableArticle(string Text, string? Byline);
}
