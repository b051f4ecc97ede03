using System.Text.Json;
using AngleSharp.Html.Dom;
using Attest.Ingest.Reading;

namespace Attest.Ingest.Html;

/// <summary>Reads title, author, outlet, date and canonical URL from JSON-LD (NewsArticle…) first, then Open Graph, article:, twitter: and plain meta tags.</summary>
internal static class PageMetadataReader
{
    private static readonly string[] TitleKeys = ["og:title", "twitter:title", "dc.title", "title"];
    private static readonly string[] AuthorKeys = ["author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"];
    private static readonly string[] OutletKeys = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"];

    private static readonly string[] DateKeys =
    [
        "article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date", "pubdate", "date",
        "dc.date.issued", "dc.date", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "og:updated_time",
    ];

    public static PageMetadata Read(IHtmlDocument document, Uri? pageUrl)
    {
        var meta = MetaValues(document);
        var ld = JsonLdArticle.Find(document);

        var author = ld?.Author ?? Author(meta);
        var outlet = First(meta, OutletKeys) ?? ld?.Publisher;
        var title = ld?.Headline ?? First(meta, TitleKeys) ?? WithoutSiteName(NonEmpty(document.Title), outlet);
        var published = ld?.Published ?? FirstDate(meta) ?? TimeElementDate(document);
        var canonical = Absolute(document.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href"), pageUrl)
            ?? Absolute(First(meta, ["og:url"]), pageUrl);
        var language = NonEmpty(document.DocumentElement.GetAttribute("lang")) ?? First(meta, ["og:locale", "content-language", "language"]);

        return new PageMetadata(title, author, outlet, published, canonical, language);
    }

    /// <summary>Meta tags keyed by lower-cased name, property or itemprop; the first value of each key wins.</summary>
    private static Dictionary<string, string> MetaValues(IHtmlDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }

            foreach (var attribute in (string[])["property", "name", "itemprop", "http-equiv"])
            {
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    values.TryAdd(key.Trim().ToLowerInvariant(), content);
                }
            }
        }

        return values;
    }

    private static string? First(Dictionary<string, string> meta, string[] keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static string? Author(Dictionary<string, string> meta)
    {
        foreach (var key in AuthorKeys)
        {
            // article:author is often a profile URL, which names no one.
            if (meta.TryGetValue(key, out var value) && !Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                return value;
            }
        }

        return null;
    }

    private static DateOnly? FirstDate(Dictionary<string, string> meta)
    {
        foreach (var key in DateKeys)
        {
            if (meta.TryGetValue(key, out var value) && PublicationDate.Parse(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? TimeElementDate(IHtmlDocument document)
    {
        var time = document.QuerySelector("time[itemprop='datePublished'][datetime], article time[datetime], time[pubdate][datetime]");
        return time is null ? null : PublicationDate.Parse(time.GetAttribute("datetime"));
    }

    /// <summary>Drops a trailing " | Outlet" or " - Outlet" that sites add to the title element.</summary>
    private static string? WithoutSiteName(string? title, string? outlet)
    {
        if (title is null || outlet is null || !title.EndsWith(outlet, StringComparison.OrdinalIgnoreCase))
        {
            return title;
        }

        var rest = title[..^outlet.Length].TrimEnd();
        return rest.Length > 0 && rest[^1] is '|' or '-' or '–' or '—' or ':' or '·' && rest[..^1].Trim() is { Length: > 0 } trimmed ? trimmed : title;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Absolute(string? href, Uri? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        // A relative link on a page read from disk resolves against nothing real; better no canonical URL than a wrong one.
        return pageUrl is not null && Uri.TryCreate(pageUrl, href, out var resolved) ? resolved.ToString() : null;
    }

    /// <summary>The article described by the page's JSON-LD blocks, if any, reading only the fields Attest keeps.</summary>
    private sealed record JsonLdArticle(string? Headline, string? Author, string? Publisher, DateOnly? Published)
    {
        public static JsonLdArticle? Find(IHtmlDocument document)
        {
            JsonLdArticle? fallback = null;
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
            {
                JsonDocument json;
                try
                {
                    json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                }
                catch (JsonException)
                {
                    continue; // A broken block on a page is common and says nothing about the article.
                }

                using (json)
                {
                    foreach (var node in Nodes(json.RootElement))
                    {
                        var article = From(node);
                        if (IsArticle(node))
                        {
                            return article;
                        }

                        fallback ??= article.Headline is not null || article.Published is not null ? article : null;
                    }
                }
            }

            return fallback;
        }

        private static IEnumerable<JsonElement> Nodes(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray().SelectMany(Nodes))
                {
                    yield return item;
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                yield return element;
                if (element.TryGetProperty("@graph", out var graph))
                {
                    foreach (var item in Nodes(graph))
                    {
                        yield return item;
                    }
                }
            }
        }

        private static bool IsArticle(JsonElement node) =>
            node.TryGetProperty("@type", out var type)
            && Strings(type).Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting");

        private static JsonLdArticle From(JsonElement node) => new(
            Text(node, "headline") ?? Text(node, "name"),
            Names(node, "author"),
            Names(node, "publisher"),
            PublicationDate.Parse(Text(node, "datePublished") ?? Text(node, "dateCreated")));

        private static string? Text(JsonElement node, string property) =>
            node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                ? value.GetString()!.Trim()
                : null;

        /// <summary>A person or organisation field: a string, an object with a name, or an array of either; several are joined.</summary>
        private static string? Names(JsonElement node, string property)
        {
            if (!node.TryGetProperty(property, out var value))
            {
                return null;
            }

            var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value])
                .Select(v => v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.Object => Text(v, "name"),
                    _ => null,
                })
                .Where(n => !string.IsNullOrWhiteSpace(n))
                .Select(n => n!.Trim())
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            return names.Length == 0 ? null : string.Join(", ", names);
        }

        private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!),
            _ => [],
        };
    }
}
