using Attest.Core.Audit;
using Attest.Core.Extraction;
using Attest.Core.Knowledge;
using Attest.Store.Reviews;
using Attest.Web.Accounts;
using Attest.Web.Pages.Shared;
using Attest.Web.Reviewing;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Claims;

/// <summary>One claim: its words in context, speaker, sources by origin, the review form (analysts) and its history.</summary>
public sealed class ShowModel(AttestWorkspace workspace) : PageModel
{
    public string SourceId { get; private set; } = "";
    public string ItemId { get; private set; } = "";
    public ClaimRecord Claim { get; private set; } = null!;
    public KnowledgeRecord? SpeakerRecord { get; private set; }
    public string Before { get; private set; } = "";
    public string After { get; private set; } = "";
    public ItemReview? Review { get; private set; }
    public ItemSources Sources { get; private set; } = null!;
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public IActionResult OnGet(string sourceId, string itemId) => Load(sourceId, itemId) ? Page() : NotFound();

    public IActionResult OnPost(string sourceId, string itemId, ClaimCorrection input)
    {
        if (!UserPrincipal.CanReview(User))
        {
            return Forbid();
        }

        input = input with { SpeakerEntity = ReviewForm.AsTyped(Request.Form, nameof(input.SpeakerEntity), input.SpeakerEntity) };
        var (review, error) = ItemReviewing.Review(workspace, sourceId, itemId, input, UserPrincipal.NameOf(User));
        if (!Load(sourceId, itemId))
        {
            return NotFound();
        }

        Error = error;
        Message = review is null ? null : $"Saved: {review.Decision}.";
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    private bool Load(string sourceId, string itemId)
    {
        var source = workspace.Store.Sources.Get(sourceId);
        var claim = source is null ? null : ItemReviewing.FindClaim(workspace, source.Id, itemId);
        if (source is null || claim is null)
        {
            return false;
        }

        (SourceId, ItemId, Claim) = (source.Id, itemId, claim);
        var text = source.Text;
        if (0 <= claim.Start && claim.Start <= claim.End && claim.End <= text.Length)
        {
            Before = "…" + text[Math.Max(0, claim.Start - 200)..claim.Start];
            After = text[claim.End..Math.Min(text.Length, claim.End + 200)] + "…";
        }

        SpeakerRecord = RecordLinks.RecordOf(workspace, source.Id, claim.Speaker.Entity);
        Review = workspace.Store.Reviews.Get(source.Id, ItemReview.Claim, itemId);
        Sources = ItemSources.For(workspace, source.Id, itemId);
        History = workspace.Store.Audit.Entries(ItemReview.ItemSubject(source.Id, itemId));
        return true;
    }
}
