namespace Attest.Ingest.Readers;

/// <summary>What a reader got out of one input: its text and whatever metadata the format itself carries.</summary>
/// <param name="Site">The web site the document came from (its host), the outlet of last resort when none is named.</param>
internal sealed record ReadDocument(
    string Text,
    string MediaType,
    string? Title = null,
    string? Author = null,
    string? Outlet = null,
    DateOnly? Published = null,
    string? CanonicalUrl = null,
    string? Url = null,
    string? DeclaredLanguage = null,
    string? Site = null);
