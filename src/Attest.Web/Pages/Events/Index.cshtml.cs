using Attest.Store.Extractions;
using Attest.Store.Reviews;
using Attest.Web.Pages.Shared;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Events;

/// <summary>CAMEO-coded events across the workspace, filtered by code, actor, source and date; paged on the server.</summary>
public sealed class IndexModel(AttestWorkspace workspace) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Cameo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

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

    public IReadOnlyList<EventListing> Items { get; private set; } = [];
    public bool HasNext { get; private set; }
    public SourceLabels Sources { get; private set; } = new(new Dictionary<string, (string, string)>());
    public IReadOnlyDictionary<string, string> Decisions { get; private set; } = new Dictionary<string, string>();

    public void OnGet()
    {
        PageNumber = Math.Max(1, PageNumber);
        var found = workspace.Store.Extractions.Events(new ItemFilter(SourceId, Entity: Entity, Cameo: Cameo, From: From, To: To, Limit: PageSize + 1, Status: string.IsNullOrWhiteSpace(Status) ? null : Status)
        {
            Offset = (PageNumber - 1) * PageSize,
        });
        HasNext = found.Count > PageSize;
        Items = [.. found.Take(PageSize)];
        Sources = SourceLabels.For(workspace, Items.Select(i => i.SourceId));
        Decisions = workspace.Store.Reviews.Decisions(ItemReview.Event);
    }
}
