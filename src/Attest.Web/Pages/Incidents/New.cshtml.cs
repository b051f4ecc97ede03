using Attest.Web.Accounts;
using Attest.Web.Reviewing;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Incidents;

/// <summary>Manual entry of an incident: date, place, perpetrators, victims with a count, a violation type from the vocabulary, sources, optional witness.</summary>
public sealed class NewModel(AttestWorkspace workspace, ViolationTypes types) : PageModel
{
    public ViolationTypes Types { get; } = types;

    [BindProperty]
    public IncidentForm Form { get; set; } = new();

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        var (draft, error) = Form.Check(workspace, Types, "");
        if (draft is null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var incident = workspace.Store.Incidents.Add(draft, UserPrincipal.NameOf(User));
        return Redirect("/incidents/" + Uri.EscapeDataString(incident.Id));
    }
}
