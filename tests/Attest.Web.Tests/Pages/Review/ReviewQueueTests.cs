using AngleSharp.Dom;

namespace Attest.Web.Tests.Pages.Review;

/// <summary>The review queue's state filter shows only items in that state, and its pages differ and keep the filter in their links.</summary>
public sealed class ReviewQueueTests(ReviewedWorkspace reviewed) : IClassFixture<ReviewedWorkspace>, IDisposable
{
    private readonly AttestWebFactory factory = new(reviewed.Workspace.Root);

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("corrected")]
    [InlineData("rejected")]
    public async Task A_state_filter_shows_exactly_the_items_reviewed_so(string state)
    {
        var page = await HtmlPages.Get(await Analyst(), $"/review?kind=claim&state={state}");

        Assert.Equal(state == "corrected" ? reviewed.Corrected : reviewed.Rejected, Items(page).ToHashSet());
        Assert.All(page.QuerySelectorAll("tr.item"), row => Assert.Equal(state, row.QuerySelector(".pill")?.TextContent));
    }

    [Fact]
    public async Task Confirmed_items_fill_two_pages_that_differ_and_whose_links_keep_the_filter()
    {
        var client = await Analyst();
        var first = await HtmlPages.Get(client, "/review?kind=claim&state=confirmed");
        var next = Pager(first, "Next →");
        Assert.Equal("/review?kind=claim&state=confirmed&p=2", next);
        var second = await HtmlPages.Get(client, next);

        Assert.Equal(Attest.Web.Pages.Review.IndexModel.PageSize, Items(first).Count);
        Assert.Empty(Items(first).Intersect(Items(second)));
        Assert.Equal(reviewed.Confirmed, Items(first).Concat(Items(second)).ToHashSet());
        Assert.Equal("/review?kind=claim&state=confirmed&p=1", Pager(second, "← Previous"));
        Assert.Null(second.QuerySelectorAll(".pager a").FirstOrDefault(a => a.TextContent == "Next →"));
    }

    [Fact]
    public async Task The_open_queue_leaves_out_every_reviewed_item_and_pages_on()
    {
        var client = await Analyst();
        var first = await HtmlPages.Get(client, "/review?kind=claim&state=open");
        var second = await HtmlPages.Get(client, Pager(first, "Next →"));
        var reviewedItems = reviewed.Confirmed.Concat(reviewed.Corrected).Concat(reviewed.Rejected).ToHashSet();

        Assert.Equal("/review?kind=claim&state=open&p=2", Pager(first, "Next →"));
        Assert.NotEmpty(Items(second));
        Assert.Empty(Items(first).Intersect(Items(second)));
        Assert.DoesNotContain(Items(first).Concat(Items(second)), reviewedItems.Contains);
        Assert.Empty(first.QuerySelectorAll("tr.item .pill"));
    }

    [Fact]
    public async Task The_kind_and_state_links_keep_each_other()
    {
        var page = await HtmlPages.Get(await Analyst(), "/review?kind=event&state=rejected");
        var links = page.QuerySelectorAll(".review-filters a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/review?kind=claim&state=rejected&p=1", links);
        Assert.Contains("/review?kind=event&state=confirmed&p=1", links);
        Assert.Contains("/review?kind=event&state=open&p=1", links);
    }

    /// <summary>The "sourceId/itemId" of each row, in order.</summary>
    private static List<string> Items(IDocument page) => [.. page.QuerySelectorAll("tr.item td:first-child code").Select(c => c.TextContent)];

    private static string Pager(IDocument page, string label) =>
        page.QuerySelectorAll(".pager a").FirstOrDefault(a => a.TextContent == label)?.GetAttribute("href") ?? throw new InvalidOperationException($"no '{label}' link");

    private async Task<HttpClient> Analyst()
    {
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, WebWorkspace.AnalystName, WebWorkspace.Password);
        return client;
    }
}
