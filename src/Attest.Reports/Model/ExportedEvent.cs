namespace Attest.Reports.Model;

/// <summary>One event as exported, with a stable id (<c>SOURCEID/v3</c>), its codes, actors, place, date, passage and status.</summary>
/// <param name="Date">The event's own date (YYYY, YYYY-MM or YYYY-MM-DD) when the text gives one.</param>
/// <param name="Passage">The words of the source that report the event.</param>
/// <param name="Status">Corroboration status (<c>single-source</c>, <c>corroborated</c>, <c>contested</c>…), null until corroboration ran.</param>
public sealed record ExportedEvent(
    string Id, string SourceId, string Sha256, DateOnly? Published, string? Outlet, string? Url, string Cameo, string Root,
    ExportedActor Actor, ExportedActor? Target, ExportedPlace? Place, string? Date, string Passage, int Start, int End,
    string? Claim, bool Negated, bool Hypothetical, string? ClusterId, string? Status)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Kind => "event";

    /// <summary>The event's date if it has one, else the day its source was published: what filters and chronologies sort by.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? When => Date ?? Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
