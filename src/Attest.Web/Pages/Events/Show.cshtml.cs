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

namespace Attest.Web.Pages.Events;

/// <summary>One event: its words in context, code, actors, place, date, sources by origin, the review form (analysts) and its history.</summary>
public sealed class ShowModel(AttestWorkspace workspace) : PageModel
{
    public string SourceId { get; private set; } = "";
    public string ItemId { get; private set; } = "";
    public EventRecord Event { get; private set; } = null!;
    public KnowledgeRecord? ActorRecord { get; private set; }
    public KnowledgeRecord? TargetRecord { get; private set; }
    public string Before { get; private set; } = "";
    public string Words { get; private set; } = "";
    public string After { get; private set; } = "";
    public ItemReview? Review { get; private set; }
    public ItemSources Sources { get; private set; } = null!;
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public IActionResult OnGet(string sourceId, string itemId) => Load(sourceId, itemId) ? Page() : NotFound();

    public IActionResult OnPost(string sourceId, string itemId, EventCorrection input)
    {
        if (!UserPrincipal.CanReview(User))
        {
            return Forbid();
        }

        input = input with
        {
            ActorEntity = ReviewForm.AsTyped(Request.Form, nameof(input.ActorEntity), input.ActorEntity),
            TargetEntity = ReviewForm.AsTyped(Request.Form, nameof(input.TargetEntity), input.TargetEntity),
        };
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
        var item = source is null ? null : ItemReviewing.FindEvent(workspace, source.Id, itemId);
        if (source is null || item is null)
        {
            return false;
        }

        (SourceId, ItemId, Event) = (source.Id, itemId, item);
        var text = source.Text;
        if (0 <= item.Start && item.Start <= item.End && item.End <= text.Length)
        {
            Before = "…" + text[Math.Max(0, item.Start - 200)..item.Start];
            Words = text[item.Start..item.End];
            After = text[item.End..Math.Min(text.Length, item.End + 200)] + "…";
        }

        ActorRecord = RecordLinks.RecordOf(workspace, source.Id, item.Source.Entity);
        TargetRecord = RecordLinks.RecordOf(workspace, source.Id, item.Target?.Entity);
        Review = workspace.Store.Reviews.Get(source.Id, ItemReview.Event, itemId);
        Sources = ItemSources.For(workspace, source.Id, itemId);
        History = workspace.Store.Audit.Entries(ItemReview.ItemSubject(source.Id, itemId));
        return true;
    }
}
