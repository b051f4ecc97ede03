using Attest.Core.Sources;

namespace Attest.Store.Sources;

/// <summary>A stored source without its text, for listings.</summary>
/// <param name="CopyOrigin">The origin the source belongs to: copies of one text share it (listed as <c>origin</c>).</param>
public sealed record SourceSummary(
    string Id, string Sha256, long Size, SourceMetadata Metadata, DateTimeOffset AddedAt,
    [property: System.Text.Json.Serialization.JsonPropertyName("origin")] string? CopyOrigin = null);
