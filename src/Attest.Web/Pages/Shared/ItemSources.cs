using Attest.Store.Corroboration;
using Attest.Workspace;

namespace Attest.Web.Pages.Shared;

/// <summary>The sources behind one claim or event, grouped by copy origin, with the corroboration status, its reasons and any disputes.</summary>
public sealed record ItemSources(
    string? ClusterId, string? Status, IReadOnlyList<string> Reasons, IReadOnlyList<IGrouping<string, StoredClusterItem>> Groups,
    IReadOnlyList<StoredDispute> Disputes)
{
    /// <summary>The item's cluster when corroboration ran over it; otherwise nothing beyond the item's own source is known.</summary>
    public static ItemSources For(AttestWorkspace workspace, string sourceId, string itemId)
    {
        var clusterId = workspace.Store.Corroboration.ClusterOf(sourceId, itemId);
        var cluster = clusterId is null ? null : workspace.Store.Corroboration.Cluster(clusterId);
        return cluster is null
            ? new ItemSources(null, null, ["Corroboration has not been computed for this item yet (run `attest reextract` on an older workspace)."], [], [])
            : new ItemSources(cluster.Id, cluster.Status, cluster.Reasons, [.. cluster.Members.GroupBy(m => m.Origin)], cluster.Disputes);
    }
}
