namespace Attest.Core.Sources;

/// <summary>A source as a reader produced it: the original bytes, their hash, the text read from them and the metadata.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="Content"/>; the source's identity.</param>
public sealed record CapturedSource(string Sha256, ReadOnlyMemory<byte> Content, string Text, SourceMetadata Metadata)
{
    /// <summary>The short, stable identifier shown to users: the first 12 hex digits of the hash.</summary>
    public string Id => SourceId.FromSha256(Sha256);
}
