using Attest.Core.Audit;
using Attest.Core.Sources;
using Attest.Store.Reviews;
using Attest.Web.Accounts;
using Attest.Web.Reviewing;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Incidents;

/// <summary>One incident: what, where, when, who; its sources as links; witness fields for those allowed; its history.</summary>
public sealed class ShowModel(AttestWorkspace workspace, ViolationTypes types) : PageModel
{
    public ViolationTypes Types { get; } = types;
    public Incident Incident { get; private set; } = null!;

    /// <summary>Each line of the incident's sources with the stored source it names, or null for an older free-text reference.</summary>
    public IReadOnlyList<(string Reference, StoredSource? Source)> Sources { get; private set; } = [];
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        if (workspace.Store.Incidents.Get(id) is not { } incident)
        {
            return NotFound();
        }

        Incident = UserPrincipal.SeesSensitive(User) ? incident : incident.WithoutSensitiveFields();
        Sources = IncidentForm.SourcesOf(workspace, incident);
        History = workspace.Store.Audit.Entries(incident.Id);
        return Page();
    }
}
