using Attest.Web.Accounts;
using Attest.Web.Reviewing;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Incidents;

/// <summary>Changes an incident (analysts); the same checks as entry, and the change is audited with who made it.</summary>
public sealed class EditModel(AttestWorkspace workspace, ViolationTypes types) : PageModel
{
    public ViolationTypes Types { get; } = types;
    public string Id { get; private set; } = "";

    [BindProperty]
    public IncidentForm Form { get; set; } = new();

    public string? Error { get; private set; }

    public IActionResult OnGet(string id)
    {
        if (workspace.Store.Incidents.Get(id) is not { } incident)
        {
            return NotFound();
        }

        (Id, Form) = (incident.Id, IncidentForm.From(incident));
        return Page();
    }

    public IActionResult OnPost(string id)
    {
        Id = id;
        var (changed, error) = Form.Check(workspace, Types, id);
        if (changed is null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Post-redirect-get: a refresh of the detail page does not submit the change again.
        return workspace.Store.Incidents.Update(changed, UserPrincipal.NameOf(User)) ? Redirect("/incidents/" + Uri.EscapeDataString(id)) : NotFound();
    }
}
