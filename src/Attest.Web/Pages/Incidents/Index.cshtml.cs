using Attest.Core.Sources;
using Attest.Store.Reviews;
using Attest.Web.Accounts;
using Attest.Web.Reviewing;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Incidents;

/// <summary>Incidents entered by hand; witness fields are dropped before the page sees them unless the reader may see them.</summary>
public sealed class IndexModel(AttestWorkspace workspace, ViolationTypes types) : PageModel
{
    public ViolationTypes Types { get; } = types;
    public IReadOnlyList<Incident> Items { get; private set; } = [];

    /// <summary>Each line of an incident's sources with the stored source it names (null for an older free-text reference).</summary>
    public IReadOnlyList<(string Reference, StoredSource? Source)> SourcesOf(Incident incident) => IncidentForm.SourcesOf(workspace, incident);

    public void OnGet()
    {
        var sensitive = UserPrincipal.SeesSensitive(User);
        Items = [.. workspace.Store.Incidents.List().Select(i => sensitive ? i : i.WithoutSensitiveFields())];
    }
}
