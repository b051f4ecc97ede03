using Attest.Store.Reviews;
using Attest.Web.Accounts;
using Attest.Web.Reviewing;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Review;

/// <summary>
/// The review queue: machine-extracted claims or events by review state (open, or confirmed, corrected, rejected), a page at a
/// time; confirm or reject in place, open one to correct it. Each decision redirects, so a refresh never decides twice.
/// </summary>
public sealed class IndexModel(AttestWorkspace workspace) : PageModel
{
    public const int PageSize = 25;

    /// <summary>The states the queue can show; "open" is what nobody has reviewed yet.</summary>
    public static readonly IReadOnlyList<string> States = ["open", ItemReview.Confirmed, ItemReview.Corrected, ItemReview.Rejected];

    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = ItemReview.Claim;

    [BindProperty(SupportsGet = true)]
    public string State { get; set; } = "open";

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<QueueItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public bool HasNext => PageNumber * PageSize < Total;

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostDecide(string sourceId, string itemId, string decision, string? reason)
    {
        var reviewer = UserPrincipal.NameOf(User);
        var (review, error) = Kind == ItemReview.Event
            ? ItemReviewing.Review(workspace, sourceId, itemId, new EventCorrection(decision, reason), reviewer)
            : ItemReviewing.Review(workspace, sourceId, itemId, new ClaimCorrection(decision, reason), reviewer);
        if (review is null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Load();
            return Page();
        }

        Message = $"{sourceId}/{itemId}: {review.Decision}.";
        return Redirect(Link(PageNumber));
    }

    /// <summary>This queue's address at page <paramref name="page"/>.</summary>
    public string Link(int page, string? state = null, string? kind = null) =>
        $"/review?kind={kind ?? Kind}&state={state ?? State}&p={Math.Max(1, page)}";

    private void Load()
    {
        Kind = Kind == ItemReview.Event ? ItemReview.Event : ItemReview.Claim;
        State = States.Contains(State) ? State : "open";
        PageNumber = Math.Max(1, PageNumber);
        var decision = State == "open" ? null : State;
        Total = workspace.Store.Reviews.QueueLength(Kind, decision);
        Items = workspace.Store.Reviews.Queue(Kind, PageSize, (PageNumber - 1) * PageSize, decision);
    }
}
