using Attest.Store.Reviews;
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

    [BindProperty] public DateOnly? Occurred { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? ViolationType { get; set; }
    [BindProperty] public string? Perpetrators { get; set; }
    [BindProperty] public string? Victims { get; set; }
    [BindProperty] public int? VictimCount { get; set; }
    [BindProperty] public string? Sources { get; set; }
    [BindProperty] public string? WitnessName { get; set; }
    [BindProperty] public string? WitnessContact { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        Error = Occurred is null ? "date: required"
            : string.IsNullOrWhiteSpace(Place) ? "place: required"
            : ViolationType is null || !Types.Contains(ViolationType) ? $"violation type '{ViolationType}': choose one from the list"
            : string.IsNullOrWhiteSpace(Perpetrators) ? "perpetrators: required (write 'unknown' when the sources do not say)"
            : string.IsNullOrWhiteSpace(Victims) ? "victims: required"
            : VictimCount is null or < 0 ? "number of victims: a whole number, 0 or more"
            : string.IsNullOrWhiteSpace(Sources) ? "sources: name at least one source the incident rests on"
            : null;
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        workspace.Store.Incidents.Add(new Incident(
            "", Occurred!.Value, Place!.Trim(), Perpetrators!.Trim(), Victims!.Trim(), VictimCount!.Value, ViolationType!, Sources!.Trim(),
            string.IsNullOrWhiteSpace(WitnessName) ? null : WitnessName.Trim(), string.IsNullOrWhiteSpace(WitnessContact) ? null : WitnessContact.Trim(),
            "", DateTimeOffset.MinValue), UserPrincipal.NameOf(User));
        return Redirect("/incidents");
    }
}
