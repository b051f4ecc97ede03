using Attest.Store.Extractions;
using Attest.Store.Reviews;
using Attest.Web.Reviewing;

namespace Attest.Web.Tests.Pages.Review;

/// <summary>
/// A workspace whose claims were reviewed through the application's own reviewing code before the tests read the queue:
/// 30 confirmed (more than one page), 2 corrected and 3 rejected, each set remembered as "sourceId/claimId".
/// </summary>
public sealed class ReviewedWorkspace : IDisposable
{
    public ReviewedWorkspace()
    {
        using var open = Workspace.Open();
        var claims = open.Store.Extractions.Claims(new ItemFilter(Limit: 1000)).Select(c => (c.SourceId, c.ClaimId)).ToList();
        if (claims.Count < 35 + (2 * Attest.Web.Pages.Review.IndexModel.PageSize))
        {
            throw new InvalidOperationException($"the test workspace has only {claims.Count} claims, too few to fill the queues");
        }

        // Spread over the whole list, so each state's items come from many sources rather than the first ones in the queue.
        var stride = claims.Count / 35;
        var picked = claims.Where((_, i) => i % stride == stride / 2).Take(35).ToList();
        Confirmed = Decide(picked[..30], c => new ClaimCorrection(ItemReview.Confirmed, "checked against the original"));
        Corrected = Decide(picked[30..32], c => new ClaimCorrection(ItemReview.Corrected, "the next line names the speaker", "person", "Invented Speaker Arlen"));
        Rejected = Decide(picked[32..], c => new ClaimCorrection(ItemReview.Rejected, "not a claim, a headline"));

        HashSet<string> Decide(List<(string SourceId, string ClaimId)> items, Func<(string, string), ClaimCorrection> correction)
        {
            foreach (var item in items)
            {
                var (review, error) = ItemReviewing.Review(open, item.SourceId, item.ClaimId, correction(item), WebWorkspace.AnalystName);
                _ = review ?? throw new InvalidOperationException($"could not review {item.SourceId}/{item.ClaimId}: {error}");
            }

            return [.. items.Select(i => $"{i.SourceId}/{i.ClaimId}")];
        }
    }

    public WebWorkspace Workspace { get; } = new();

    public IReadOnlySet<string> Confirmed { get; }

    public IReadOnlySet<string> Corrected { get; }

    public IReadOnlySet<string> Rejected { get; }

    public void Dispose() => Workspace.Dispose();
}
