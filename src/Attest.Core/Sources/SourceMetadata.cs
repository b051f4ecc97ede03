namespace Attest.Core.Sources;

/// <summary>What is known about a source besides its bytes: where it came from and what it says about itself.</summary>
/// <param name="Origin">The file path or URL exactly as the user gave it (or the feed item link).</param>
/// <param name="MediaType">IANA media type of the original bytes, e.g. <c>text/html</c>.</param>
/// <param name="Language">ISO 639-1 code detected from the text, or null when too short to tell.</param>
public sealed record SourceMetadata(
    string Origin,
    string MediaType,
    DateTimeOffset FetchedAt,
    string? Title = null,
    string? Outlet = null,
    string? Author = null,
    DateOnly? Published = null,
    string? Url = null,
    string? CanonicalUrl = null,
    string? Language = null,
    Dateline? Dateline = null);
