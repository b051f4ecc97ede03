using Attest.Workspace;

namespace Attest.Web.Pages.Shared;

/// <summary>The title and outlet of each source a list names, so lists say where an item comes from in words rather than by id.</summary>
public sealed record SourceLabels(IReadOnlyDictionary<string, (string Title, string Outlet)> Labels)
{
    public static SourceLabels For(AttestWorkspace workspace, IEnumerable<string> sourceIds) =>
        new(sourceIds.Distinct(StringComparer.Ordinal)
            .Select(id => workspace.Store.Sources.Get(id))
            .OfType<Attest.Core.Sources.StoredSource>()
            .ToDictionary(s => s.Id, s => (s.Metadata.Title ?? s.Id, s.Metadata.Outlet ?? "unknown outlet")));

    public string TitleOf(string sourceId) => Labels.TryGetValue(sourceId, out var label) ? label.Title : sourceId;

    public string OutletOf(string sourceId) => Labels.TryGetValue(sourceId, out var label) ? label.Outlet : "";
}
