namespace Attest.Store.Corroboration;

/// <summary>One item's place in a cluster, as written: its profile (opaque JSON owned by the analysis) and the blocks that find it.</summary>
public sealed record ClusterItemRow(
    string SourceId, string ItemId, string Kind, string ClusterId, string? JoinedBecause, string Profile, IReadOnlyList<string> Blocks);

/// <summary>A denial disputing a cluster, as written.</summary>
public sealed record DisputeRow(string ClusterId, string SourceId, string ItemId, string Reason);

/// <summary>A cluster's rating, as written.</summary>
/// <param name="FirstDay">The earliest day of its items (with <paramref name="LastDay"/>, how far in time it reaches), when any has one.</param>
public sealed record ClusterVerdictRow(
    string ClusterId, string Kind, string Status, int Sources, int Origins, IReadOnlyList<string> Parties, IReadOnlyList<string> Reasons,
    DateOnly? FirstDay = null, DateOnly? LastDay = null);
