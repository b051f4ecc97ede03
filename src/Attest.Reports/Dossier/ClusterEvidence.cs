using Attest.Core.Sources;
using Attest.Reports.Model;
using Attest.Store;
using Attest.Store.Corroboration;

namespace Attest.Reports.Dossier;

/// <summary>What corroboration knows about an item's cluster: every supporting source, the reasons for its status, and the denials.</summary>
public sealed class ClusterEvidence(AttestStore store)
{
    private readonly Dictionary<string, ClusterDetail?> clusters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredSource?> sources = new(StringComparer.Ordinal);

    public ClusterDetail? Cluster(string? clusterId) =>
        clusterId is null ? null : clusters.TryGetValue(clusterId, out var found) ? found : clusters[clusterId] = store.Corroboration.Cluster(clusterId);

    /// <summary>Footnotes to every member of the item's cluster, or to the item's own source when it has no cluster yet.</summary>
    public IReadOnlyList<int> Notes(FootnoteList notes, string sourceId, string itemId, string passage, string? clusterId) =>
        Cluster(clusterId) is { Members.Count: > 0 } cluster
            ? [.. cluster.Members.Select(m => notes.For(m.SourceId, $"{m.SourceId}/{m.ItemId}", m.Passage, m.Outlet ?? FootnoteList.Shorten(m.Title), m.Published, m.Url, m.Sha256)).Distinct()]
            : [notes.For(sourceId, itemId, passage)];

    /// <summary>A contested cluster as two accounts side by side: what its members report and what the denials say, or, when
    /// independent accounts conflict without a denial (different numbers of the same dead), one origin's account against the others'.</summary>
    public ContestedItem? Contested(FootnoteList notes, string? clusterId, string summary)
    {
        if (Cluster(clusterId) is not { Status: "contested" } cluster || cluster.Members.Count == 0)
        {
            return null;
        }

        var why = string.Join(" ", cluster.Reasons.Where(r => r.StartsWith("Disputed", StringComparison.Ordinal) || r.StartsWith("Accounts differ", StringComparison.Ordinal)));
        var reported = cluster.Members;
        if (cluster.Disputes.Count == 0 && reported.Select(m => m.Origin).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            var first = reported.Where(m => m.Origin == reported[0].Origin).ToList();
            var others = reported.Where(m => m.Origin != reported[0].Origin).ToList();
            return new ContestedItem(cluster.Id, summary, [AccountOf("Reported by ", first, notes), AccountOf("Reported differently by ", others, notes)], why);
        }

        var account = AccountOf("Reported by ", reported, notes);
        var denials = cluster.Disputes.Select(d =>
        {
            var source = Source(d.SourceId);
            var note = notes.For(d.SourceId, $"{d.SourceId}/{d.ItemId}", d.Passage, d.Outlet ?? source?.Metadata.Outlet, source?.Metadata.Published,
                source?.Metadata.CanonicalUrl ?? source?.Metadata.Url, source?.Sha256 ?? d.SourceId);
            return (Outlet: d.Outlet ?? source?.Metadata.Outlet ?? d.SourceId, d.Passage, Note: note);
        }).ToList();
        var other = denials.Count > 0
            ? new Account("Disputed by " + string.Join(", ", denials.Select(d => d.Outlet).Distinct()),
                string.Join(" … ", denials.Select(d => d.Passage).Where(p => p.Length > 0).Distinct()), [.. denials.Select(d => d.Note).Distinct()])
            : new Account("The other account", string.Join(" ", cluster.Reasons), []);
        return new ContestedItem(cluster.Id, summary, [account, other], why);
    }

    private static Account AccountOf(string lead, IReadOnlyList<StoredClusterItem> members, FootnoteList notes) => new(
        lead + string.Join(", ", members.Select(m => m.Outlet ?? m.SourceId).Distinct()),
        members[0].Passage,
        [.. members.Select(m => notes.For(m.SourceId, $"{m.SourceId}/{m.ItemId}", m.Passage, m.Outlet ?? FootnoteList.Shorten(m.Title), m.Published, m.Url, m.Sha256)).Distinct()]);

    private StoredSource? Source(string id) => sources.TryGetValue(id, out var found) ? found : sources[id] = store.Sources.Get(id);
}
