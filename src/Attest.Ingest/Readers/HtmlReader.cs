using AngleSharp.Html.Parser;
using Attest.Ingest.Html;
using Attest.Ingest.Reading;

namespace Attest.Ingest.Readers;

/// <summary>Reads a web page: the article's main text (SmartReader's readability), and its metadata from meta tags and JSON-LD.</summary>
internal sealed class HtmlReader : ISourceReader
{
    // A page read from disk has no address; SmartReader needs one to resolve links and this one resolves nowhere.
    private static readonly Uri LocalPage = new("https://localhost/");

    public IReadOnlyCollection<ContentKind> Kinds { get; } = [ContentKind.Html];

    public ReadDocument Read(RawInput input, ContentKind kind)
    {
        var bytes = input.Bytes.Span;
        var charset = Bom.Detect(bytes) is null ? input.Charset ?? HtmlCharset.Declared(bytes) : null;
        var html = TextDecoder.Decode(bytes, charset);

        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var metadata = PageMetadataReader.Read(document, input.Url);
        var text = MainText(parser, html, input.Url ?? LocalPage) ?? BlockText.Of((AngleSharp.Dom.INode?)document.Body ?? document);

        return new ReadDocument(
            text,
            "text/html",
            metadata.Title,
            metadata.Author,
            metadata.Outlet,
            metadata.Published,
            metadata.CanonicalUrl,
            metadata.Language);
    }

    /// <summary>The article body as SmartReader isolates it, or null when it finds no readable article.</summary>
    private static string? MainText(HtmlParser parser, string html, Uri url)
    {
        // SmartReader rewrites the DOM it is given, so it gets its own parse of the page.
        var article = new SmartReader.Reader(url.ToString(), parser.ParseDocument(html)).GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return null;
        }

        var text = BlockText.Of(parser.ParseDocument(article.Content).Body!);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
