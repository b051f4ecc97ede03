using Attest.Store.Sources;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Sources;

/// <summary>Every stored source, filtered by outlet and publication date.</summary>
public sealed class IndexModel(AttestWorkspace workspace) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Outlet { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<SourceSummary> Listed { get; private set; } = [];

    public void OnGet()
    {
        PageNumber = Math.Max(1, PageNumber);
        var all = workspace.Store.Sources.List(new SourceFilter(From, To, Outlet));
        Total = all.Count;
        Listed = [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }
}
