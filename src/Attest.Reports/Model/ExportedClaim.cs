namespace Attest.Reports.Model;

/// <summary>One attributed claim as exported, with a stable id (<c>SOURCEID/c2</c>), speaker, cue, passage and status.</summary>
/// <param name="SpeakerKind">person | organization | group | anonymous | author | publication.</param>
public sealed record ExportedClaim(
    string Id, string SourceId, string Sha256, DateOnly? Published, string? Outlet, string? Url, string SpeakerKind, ExportedActor? Speaker,
    string? Cue, bool Direct, string Passage, int Start, int End, string? Via, string? ClusterId, string? Status)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Kind => "claim";
}
