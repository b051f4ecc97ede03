using Attest.Store.Extractions;
using Attest.Store.Reviews;
using Attest.Text.Pipeline;
using Attest.Web.Reviewing;
using Attest.Workspace.Reextracting;

namespace Attest.Web.Tests.Reviewing;

/// <summary>Reviewed items are a person's decision: `attest reextract` must never overwrite them.</summary>
public sealed class ReextractionTests
{
    [Fact]
    public void Corrected_claim_and_event_survive_reextraction()
    {
        using var fixture = WebWorkspace.SamplesOnly();
        using var workspace = fixture.Open();
        var claim = workspace.Store.Extractions.Claims(new ItemFilter(Limit: 1)).Single();
        var item = workspace.Store.Extractions.Events(new ItemFilter(Limit: 1)).Single();
        var (claimReview, claimError) = ItemReviewing.Review(workspace, claim.SourceId, claim.ClaimId,
            new ClaimCorrection("corrected", "named two paragraphs later", "person", "Corrected Speaker"), "ana");
        var (eventReview, eventError) = ItemReviewing.Review(workspace, item.SourceId, item.EventId,
            new EventCorrection("corrected", "the text gives the date", Cameo: "1823", Date: "2019-08-09"), "ana");
        Assert.Null(claimError);
        Assert.Null(eventError);

        new Reextractor(workspace, ExtractionPipeline.Default).Run("test");

        var claimAfter = ItemReviewing.FindClaim(workspace, claim.SourceId, claim.ClaimId)!;
        Assert.Equal(new Attest.Core.Extraction.Speaker("person", "Corrected Speaker", claim.SpeakerEntity), claimAfter.Speaker);
        Assert.Contains(workspace.Store.Extractions.Claims(new ItemFilter(claim.SourceId)), c => c.ClaimId == claim.ClaimId && c.SpeakerName == "Corrected Speaker");
        var eventAfter = ItemReviewing.FindEvent(workspace, item.SourceId, item.EventId)!;
        Assert.Equal(("1823", "18", "2019-08-09"), (eventAfter.Cameo, eventAfter.Root, eventAfter.Date?.Value));
        Assert.NotNull(claimReview);
        Assert.NotNull(eventReview);
        Assert.Equal(ItemReview.Corrected, workspace.Store.Reviews.Get(claim.SourceId, ItemReview.Claim, claim.ClaimId)!.Decision);
    }

    [Fact]
    public void Unreviewed_items_are_replaced_by_reextraction_and_counted_once()
    {
        using var fixture = WebWorkspace.SamplesOnly();
        using var workspace = fixture.Open();
        var before = workspace.Store.Extractions.Claims(new ItemFilter()).Count;
        var claim = workspace.Store.Extractions.Claims(new ItemFilter(Limit: 1)).Single();
        ItemReviewing.Review(workspace, claim.SourceId, claim.ClaimId, new ClaimCorrection("confirmed", null), "ana");

        new Reextractor(workspace, ExtractionPipeline.Default).Run("test");

        Assert.Equal(before, workspace.Store.Extractions.Claims(new ItemFilter()).Count);
        Assert.Equal(before - 1, workspace.Store.Reviews.QueueLength(ItemReview.Claim));
    }
}
