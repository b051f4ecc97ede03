using Attest.Store.Sources;
using Attest.Workspace;

namespace Attest.Web.Pages.Shared;

/// <summary>The sources behind one claim or event, grouped by copy origin, with the corroboration status when it was computed.</summary>
public sealed record ItemSources(IReadOnlyList<IGrouping<string, SourceSummary>> Groups, string? Status, string StatusNote)
{
    /// <summary>The item's own source and every copy of the same text; a copy is not independent confirmation.</summary>
    public static ItemSources For(AttestWorkspace workspace, string sourceId)
    {
        var all = workspace.Store.Sources.List();
        var own = all.FirstOrDefault(s => s.Id == sourceId);
        var origin = own?.CopyOrigin ?? sourceId;
        var members = all.Where(s => s.Id == sourceId || (s.CopyOrigin ?? s.Id) == origin).ToList();
        return new ItemSources([.. members.GroupBy(s => s.CopyOrigin ?? s.Id)], null,
            "Corroboration across independent sources has not been computed for this workspace yet.");
    }
}
