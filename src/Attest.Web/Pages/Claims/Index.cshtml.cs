using Attest.Store.Extractions;
using Attest.Store.Reviews;
using Attest.Web.Pages.Shared;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Claims;

/// <summary>Attributed claims across the workspace, filtered by speaker (name or kind, e.g. anonymous), source and date; paged on the server.</summary>
public sealed class IndexModel(AttestWorkspace workspace) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Speaker { get; set; }

    [BindProperty(Name = "source", SupportsGet = true)]
    public string? SourceId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ClaimListing> Items { get; private set; } = [];
    public bool HasNext { get; private set; }
    public SourceLabels Sources { get; private set; } = new(new Dictionary<string, (string, string)>());
    public IReadOnlyDictionary<string, string> Decisions { get; private set; } = new Dictionary<string, string>();

    public void OnGet()
    {
        PageNumber = Math.Max(1, PageNumber);
        // One more than a page tells whether there is a next page without counting everything.
        var found = workspace.Store.Extractions.Claims(new ItemFilter(SourceId, Speaker, From: From, To: To, Limit: PageSize + 1, Status: string.IsNullOrWhiteSpace(Status) ? null : Status)
        {
            Offset = (PageNumber - 1) * PageSize,
        });
        HasNext = found.Count > PageSize;
        Items = [.. found.Take(PageSize)];
        Sources = SourceLabels.For(workspace, Items.Select(i => i.SourceId));
        Decisions = workspace.Store.Reviews.Decisions(ItemReview.Claim);
    }
}
