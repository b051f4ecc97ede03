namespace Attest.Reports.Model;

/// <summary>Everything one export or report covers, built once from the store and written by each format.</summary>
public sealed record ExportSet(
    ExportFilter Filter, IReadOnlyList<ExportedSource> Sources, IReadOnlyList<ExportedEvent> Events, IReadOnlyList<ExportedClaim> Claims,
    IReadOnlyList<ExportedLink> Links, IReadOnlyList<ExportedRecord> Records)
{
    public ExportedSource? Source(string id) => Sources.FirstOrDefault(s => s.Id == id);
}
