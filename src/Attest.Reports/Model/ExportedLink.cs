namespace Attest.Reports.Model;

/// <summary>How one extracted entity of one source was linked to a knowledge record (kept so an import links exactly as the export did).</summary>
public sealed record ExportedLink(
    string SourceId, string EntityId, string EntityName, string Record, string Rule, string Matched, double Score, string Status,
    IReadOnlyList<string> Alternatives)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Kind => "link";
}
