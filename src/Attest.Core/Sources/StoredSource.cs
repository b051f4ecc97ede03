namespace Attest.Core.Sources;

/// <summary>A source as the workspace holds it: metadata and text, with the hash of the blob that keeps its bytes.</summary>
public sealed record StoredSource(string Id, string Sha256, long Size, SourceMetadata Metadata, string Text, DateTimeOffset AddedAt);
