namespace Attest.Analysis.Corroboration;

/// <summary>One item of a cluster with what rating needs about its source: the copy origin it belongs to and the outlet that printed it.</summary>
public sealed record ClusterMember(ItemProfile Item, string Origin, string? Outlet);
