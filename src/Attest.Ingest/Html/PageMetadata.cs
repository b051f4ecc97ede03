namespace Attest.Ingest.Html;

/// <summary>What a web page says about itself in its meta tags and JSON-LD.</summary>
internal sealed record PageMetadata(
    string? Title,
    string? Author,
    string? Outlet,
    DateOnly? Published,
    string? CanonicalUrl,
    string? Language);
