using Attest.Core.Knowledge;
using Attest.Store.Extractions;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Entities;

/// <summary>Finds knowledge records by name, alias or id, and lists the entities mentioned most across sources.</summary>
public sealed class IndexModel(AttestWorkspace workspace) : PageModel
{
    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Query { get; set; }

    public IReadOnlyList<KnowledgeRecord> Records { get; private set; } = [];

    public IReadOnlyList<(string Name, string Type, int Sources, int Mentions)> Frequent { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Records = workspace.Store.Knowledge.Find(Query.Trim());
            if (Records.Count == 1)
            {
                return Redirect("/entities/" + Uri.EscapeDataString(Records[0].Id));
            }
        }

        Frequent = [.. workspace.Store.Extractions.Entities(new ItemFilter(Limit: 5000))
            .GroupBy(e => (e.Name, e.Type))
            .Select(g => (g.Key.Name, g.Key.Type, g.Select(e => e.SourceId).Distinct().Count(), g.Sum(e => e.Mentions)))
            .OrderByDescending(x => x.Item4).Take(50)];
        return Page();
    }
}
