namespace Attest.Reports.Model;

/// <summary>Everything one export or report covers, built once from the store and written by each format.</summary>
public sealed record ExportSet(
    ExportFilter Filter, IReadOnlyList<ExportedSource> Sources, IReadOnlyList<ExportedEvent> Events, IReadOnlyList<ExportedClaim> Claims,
    IReadOnlyList<ExportedLink> Links, IReadOnlyList<ExportedRecord> Records)
{
    public ExportedSource? Source(string id) => Sources.FirstOrDefault(s => s.Id == id);

    /// <summary>A country's name from its ISO alpha-3 code (the knowledge base's <c>country:XXX</c> records), else the code itself.</summary>
    public string? CountryName(string? alpha3) =>
        alpha3 is null ? null : Records.FirstOrDefault(r => r.Record.Id == "country:" + alpha3)?.Record.Label ?? CountryLabels.GetValueOrDefault(alpha3, alpha3);

    /// <summary>When each source was added to this workspace (not exported: it differs between workspaces), for feeds.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> AddedAt { get; init; } = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);

    /// <summary>Names of countries that no exported link points to, so <see cref="CountryName"/> can still name them.</summary>
    public IReadOnlyDictionary<string, string> CountryLabels { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
