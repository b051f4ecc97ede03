using Attest.Store.Reviews;
using Attest.Web.Accounts;
using Attest.Web.Reviewing;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Review;

/// <summary>The queue of machine-extracted claims or events nobody has reviewed: confirm or reject in place, open one to correct it.</summary>
public sealed class IndexModel(AttestWorkspace workspace) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = ItemReview.Claim;

    public IReadOnlyList<QueueItem> Items { get; private set; } = [];
    public int Remaining { get; private set; }
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostDecide(string sourceId, string itemId, string decision, string? reason)
    {
        var reviewer = UserPrincipal.NameOf(User);
        var (review, error) = Kind == ItemReview.Event
            ? ItemReviewing.Review(workspace, sourceId, itemId, new EventCorrection(decision, reason), reviewer)
            : ItemReviewing.Review(workspace, sourceId, itemId, new ClaimCorrection(decision, reason), reviewer);
        Error = error;
        Message = review is null ? null : $"{sourceId}/{itemId}: {review.Decision}.";
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Load();
        return Page();
    }

    private void Load()
    {
        Kind = Kind == ItemReview.Event ? ItemReview.Event : ItemReview.Claim;
        Items = workspace.Store.Reviews.Queue(Kind, PageSize, 0);
        Remaining = workspace.Store.Reviews.QueueLength(Kind);
    }
}
