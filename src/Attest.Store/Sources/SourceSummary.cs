using Attest.Core.Sources;

namespace Attest.Store.Sources;

/// <summary>A stored source without its text, for listings.</summary>
public sealed record SourceSummary(string Id, string Sha256, long Size, SourceMetadata Metadata, DateTimeOffset AddedAt);
