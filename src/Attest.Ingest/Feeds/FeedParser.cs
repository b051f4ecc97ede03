using System.Net;
using System.Xml;
using System.Xml.Linq;
using Attest.Ingest.Reading;

namespace Attest.Ingest.Feeds;

/// <summary>Reads RSS 2.0, RSS 1.0 (RDF) and Atom by element name, tolerating loose dates and unknown extensions.</summary>
/// <remarks>Parsed with LINQ to XML rather than a syndication library so each item's own XML can be kept as its original
/// bytes, and so one badly dated item cannot fail the whole feed.</remarks>
internal static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <exception cref="UnreadableSourceException">The bytes are not well-formed XML or not a feed.</exception>
    public static Feed Parse(ReadOnlyMemory<byte> bytes)
    {
        XDocument document;
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new UnreadableSourceException($"is not a well-formed feed: {ex.Message}", ex);
        }

        var root = document.Root ?? throw new UnreadableSourceException("is not a feed: it has no root element");
        return root.Name.LocalName switch
        {
            "feed" => ReadAtom(root),
            "rss" or "RDF" => ReadRss(root),
            _ => throw new UnreadableSourceException($"is not an RSS or Atom feed (its root element is <{root.Name.LocalName}>)"),
        };
    }

    private static Feed ReadRss(XElement root)
    {
        var channel = Child(root, "channel") ?? root;

        // RSS 2.0 nests items in the channel; RSS 1.0 (RDF) puts them beside it, under the root.
        var items = channel.Elements().Concat(channel == root ? [] : root.Elements()).Where(e => e.Name.LocalName == "item");
        var list = items.Select((item, index) => new FeedItem(
            index + 1,
            Value(Child(item, "title")),
            Value(Child(item, "link")) ?? PermalinkGuid(item),
            Value(Child(item, "creator")) ?? Value(Child(item, "author")),
            PublicationDate.Parse(Value(Child(item, "pubDate")) ?? Value(Child(item, "date"))),
            Value(Child(item, "encoded")) ?? Value(Child(item, "description")),
            item.ToString(SaveOptions.DisableFormatting))).ToList();
        return new Feed("rss", Value(Child(channel, "title")), list);
    }

    private static Feed ReadAtom(XElement root)
    {
        var list = root.Elements(Atom + "entry").Select((entry, index) => new FeedItem(
            index + 1,
            Value(entry.Element(Atom + "title")),
            AtomLink(entry),
            Value(entry.Element(Atom + "author")?.Element(Atom + "name")),
            PublicationDate.Parse(Value(entry.Element(Atom + "published")) ?? Value(entry.Element(Atom + "updated"))),
            AtomText(entry.Element(Atom + "content")) ?? AtomText(entry.Element(Atom + "summary")),
            entry.ToString(SaveOptions.DisableFormatting))).ToList();
        return new Feed("atom", Value(root.Element(Atom + "title")), list);
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Value(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private static string? PermalinkGuid(XElement item)
    {
        var guid = Child(item, "guid");
        return guid is not null && (string?)guid.Attribute("isPermaLink") != "false" && Uri.TryCreate(Value(guid), UriKind.Absolute, out var uri)
            ? uri.ToString()
            : null;
    }

    private static string? AtomLink(XElement entry)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return ((string?)link?.Attribute("href"))?.Trim();
    }

    /// <summary>Atom text constructs: escaped HTML or text as a string; inline XHTML as its markup.</summary>
    private static string? AtomText(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        if ((string?)element.Attribute("type") == "xhtml")
        {
            var markup = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return string.IsNullOrWhiteSpace(markup) ? null : markup;
        }

        // Plain text must not be read as markup when the item's text is rendered from HTML.
        var value = Value(element);
        return (string?)element.Attribute("type") is null or "text" && value is not null ? WebUtility.HtmlEncode(value) : value;
    }
}
