namespace Attest.Store.Corroboration;

/// <summary>A stored cluster item with its source's copy origin, outlet and the passage it covers.</summary>
public sealed record StoredClusterItem(
    string SourceId, string ItemId, string Kind, string ClusterId, string? JoinedBecause, string Profile,
    string Origin, string? Outlet, DateOnly? Published, string? Title, string? Url, string Sha256, int Start, int End, string Passage);

/// <summary>A denial disputing a cluster, with its passage and where it was printed.</summary>
public sealed record StoredDispute(string ClusterId, string SourceId, string ItemId, string Reason, string? Outlet, string Passage);

/// <summary>A cluster with its status, the reasons for it, every member and every dispute.</summary>
public sealed record ClusterDetail(
    string Id, string Kind, string Status, int Sources, int Origins, IReadOnlyList<string> Parties, IReadOnlyList<string> Reasons,
    IReadOnlyList<StoredClusterItem> Members, IReadOnlyList<StoredDispute> Disputes);
