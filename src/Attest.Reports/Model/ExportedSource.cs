using Attest.Core.Extraction;
using Attest.Core.Sources;

namespace Attest.Reports.Model;

/// <summary>A source as exported: its hash (the identity), metadata, text, copy origin, and — for JSON Lines — original bytes and extraction.</summary>
/// <param name="Id">The 12-digit source id (a prefix of <paramref name="Sha256"/>).</param>
/// <param name="CopyOrigin">The source whose text this one copies (its own id when it copies nothing).</param>
/// <param name="Content">The original bytes, base64, so an importer can store them under the same hash.</param>
public sealed record ExportedSource(
    string Id, string Sha256, long Size, string? CopyOrigin, SourceMetadata Metadata, string Text,
    string? Content = null, ExtractionResult? Extraction = null)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Kind => "source";
}
