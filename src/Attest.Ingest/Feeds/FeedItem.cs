namespace Attest.Ingest.Feeds;

/// <summary>One RSS/Atom item: its link and metadata, its own text (content or summary, as HTML), and its XML as it stood in the feed.</summary>
internal sealed record FeedItem(
    int Number,
    string? Title,
    string? Link,
    string? Author,
    DateOnly? Published,
    string? Html,
    string Xml);
