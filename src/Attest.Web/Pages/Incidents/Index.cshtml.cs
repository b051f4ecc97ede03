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

    public void OnGet()
    {
        var sensitive = UserPrincipal.SeesSensitive(User);
        Items = [.. workspace.Store.Incidents.List().Select(i => sensitive ? i : i.WithoutSensitiveFields())];
    }
}
