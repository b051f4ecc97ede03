namespace Attest.Ingest.Feeds;

/// <summary>An RSS or Atom feed: its title (taken as the outlet of its items) and its items in document order.</summary>
internal sealed record Feed(string Format, string? Title, IReadOnlyList<FeedItem> Items)
{
    /// <summary>The media type each item's own XML is stored under.</summary>
    public string ItemMediaType => Format == "atom" ? "application/atom+xml" : "application/rss+xml";
}
