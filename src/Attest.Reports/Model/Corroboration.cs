using Attest.Store.Extractions;

namespace Attest.Reports.Model;

/// <summary>The corroboration cluster and status of a listed item, null until corroboration has run on it.</summary>
internal static class Corroboration
{
    public static string? ClusterOf(EventListing e) => e.ClusterId;

    public static string? StatusOf(EventListing e) => e.Status;

    public static string? ClusterOf(ClaimListing c) => c.ClusterId;

    public static string? StatusOf(ClaimListing c) => c.Status;
}
