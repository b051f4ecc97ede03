using AngleSharp.Dom;
using Attest.Store.Extractions;

namespace Attest.Web.Tests.Pages;

/// <summary>
/// Lists say where an item comes from in words: the claims and events lists and an entity page name each source by its title and
/// outlet (not its id), give CAMEO codes with their root's name, and say "undated" for an item without a date.
/// </summary>
public sealed class ListLabelsTests(WebWorkspace workspace) : IClassFixture<WebWorkspace>, IDisposable
{
    /// <summary>The CAMEO 1.1b3 root categories, as the codebook names them.</summary>
    private static readonly Dictionary<string, string> CameoRootNames = new()
    {
        ["01"] = "make public statement",
        ["02"] = "appeal",
        ["03"] = "express intent to cooperate",
        ["04"] = "consult",
        ["05"] = "engage in diplomatic cooperation",
        ["06"] = "engage in material cooperation",
        ["07"] = "provide aid",
        ["08"] = "yield",
        ["09"] = "investigate",
        ["10"] = "demand",
        ["11"] = "disapprove",
        ["12"] = "reject",
        ["13"] = "threaten",
        ["14"] = "protest",
        ["15"] = "exhibit force posture",
        ["16"] = "reduce relations",
        ["17"] = "coerce",
        ["18"] = "assault",
        ["19"] = "fight",
        ["20"] = "use unconventional mass violence",
    };

    private readonly AttestWebFactory factory = new(workspace.Root);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_claims_list_names_each_source_by_title_and_outlet_and_says_undated()
    {
        var client = await Viewer();
        var undatedSource = UndatedSourceWith(o => o.Store.Extractions.Claims(new ItemFilter(Limit: 5000)).Select(c => c.SourceId));
        var rows = new List<IElement>();
        foreach (var path in new[] { "/claims", "/claims?source=" + undatedSource })
        {
            rows.AddRange((await HtmlPages.Get(client, path)).QuerySelectorAll("tbody tr"));
        }

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td").ToList();
            var (sourceId, claimId) = ItemOf(cells[2].QuerySelector("a")!, "/claims/");
            AssertSourceCell(cells[5], sourceId);
            var published = Claim(sourceId, claimId).Published;
            Assert.Equal(published?.ToString("yyyy-MM-dd") ?? "undated", HtmlPages.Text(cells[0]));
        }

        Assert.Contains(rows, r => HtmlPages.Text(r.QuerySelector("td")!) == "undated");
    }

    [Fact]
    public async Task The_events_list_names_sources_gives_cameo_names_and_says_undated()
    {
        var client = await Viewer();
        var undated = AllEvents().First(e => e.Date is null);
        var rows = new List<IElement>();
        foreach (var path in new[] { "/events", "/events?source=" + undated.SourceId })
        {
            rows.AddRange((await HtmlPages.Get(client, path)).QuerySelectorAll("tbody tr"));
        }

        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td").ToList();
            var (sourceId, eventId) = ItemOf(cells[4].QuerySelector("a")!, "/events/");
            var item = AllEvents().Single(e => e.SourceId == sourceId && e.EventId == eventId);
            Assert.Equal(item.Date ?? "undated", HtmlPages.Text(cells[0]));
            Assert.Equal($"{item.Cameo} {CameoRootNames[item.Cameo[..2]]}", HtmlPages.Text(cells[1]));
            AssertSourceCell(cells[7], sourceId);
        }

        Assert.Contains(rows, r => HtmlPages.Text(r.QuerySelector("td")!) == "undated");
    }

    [Fact]
    public async Task An_entity_page_gives_cameo_names_says_undated_and_names_sources_by_title()
    {
        var client = await Viewer();
        var search = await client.GetAsync("/entities?q=Valdoria");
        var path = search.Headers.Location?.OriginalString ?? throw new InvalidOperationException("the entity search did not open one record");
        var page = await HtmlPages.Get(client, path);

        var events = page.QuerySelectorAll("li a[href^='/events/']").ToList();
        Assert.NotEmpty(events);
        foreach (var link in events)
        {
            var (sourceId, eventId) = ItemOf(link, "/events/");
            var item = AllEvents().Single(e => e.SourceId == sourceId && e.EventId == eventId);
            Assert.StartsWith(HtmlPages.Squeezed($"{item.Cameo} {CameoRootNames[item.Cameo[..2]]}: {item.Actor}"), HtmlPages.Text(link));
            Assert.Equal(item.Date ?? "undated", HtmlPages.Text(link.ParentElement!.QuerySelector(".muted")!));
        }

        var mentions = page.QuerySelectorAll("tbody tr").ToList();
        Assert.NotEmpty(mentions);
        using var open = workspace.Open();
        foreach (var row in mentions)
        {
            var link = row.QuerySelector("a[href^='/sources/']")!;
            var source = open.Store.Sources.Get(link.GetAttribute("href")!["/sources/".Length..])!;
            // An untitled source is named by where it came from, which a viewer sees as the file name only.
            Assert.Equal(HtmlPages.Squeezed(source.Metadata.Title ?? Path.GetFileName(source.Metadata.Origin)), HtmlPages.Text(link));
            Assert.Equal(source.Metadata.Published?.ToString("yyyy-MM-dd") ?? "undated", HtmlPages.Text(row.QuerySelector("td .muted")!));
        }
    }

    /// <summary>The source cell reads "TITLE OUTLET" from the stored source, and shows its id only in the link's address.</summary>
    private void AssertSourceCell(IElement cell, string sourceId)
    {
        using var open = workspace.Open();
        var source = open.Store.Sources.Get(sourceId)!;
        Assert.NotNull(source.Metadata.Title);
        Assert.Equal(HtmlPages.Squeezed($"{source.Metadata.Title} {source.Metadata.Outlet ?? "unknown outlet"}"), HtmlPages.Text(cell));
        Assert.DoesNotContain(sourceId, HtmlPages.Text(cell));
    }

    private static (string SourceId, string ItemId) ItemOf(IElement link, string prefix)
    {
        var parts = link.GetAttribute("href")![prefix.Length..].Split('/');
        return (parts[0], parts[1]);
    }

    private string UndatedSourceWith(Func<Attest.Workspace.AttestWorkspace, IEnumerable<string>> sourceIds)
    {
        using var open = workspace.Open();
        return sourceIds(open).Distinct().First(id => open.Store.Sources.Get(id)!.Metadata.Published is null);
    }

    private ClaimListing Claim(string sourceId, string claimId)
    {
        using var open = workspace.Open();
        return open.Store.Extractions.Claims(new ItemFilter(sourceId, Limit: 5000)).Single(c => c.ClaimId == claimId);
    }

    private List<EventListing> AllEvents()
    {
        using var open = workspace.Open();
        return [.. open.Store.Extractions.Events(new ItemFilter(Limit: 100_000))];
    }

    private async Task<HttpClient> Viewer()
    {
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, WebWorkspace.ViewerName, WebWorkspace.Password);
        return client;
    }
}
