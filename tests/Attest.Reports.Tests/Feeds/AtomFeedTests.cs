using System.ServiceModel.Syndication;
using System.Xml;
using Attest.Reports.Tests.Support;

namespace Attest.Reports.Tests.Feeds;

[Collection(SeedWorkspaceCollection.Name)]
public sealed class AtomFeedTests(SeedWorkspace workspace)
{
    [Fact]
    public void Feed_is_valid_Atom_with_one_entry_per_event_and_claim_naming_its_source()
    {
        var path = workspace.OutputPath("feed.atom");
        var events = workspace.OutputPath("events.csv");
        var claims = workspace.OutputPath("claims.csv");
        workspace.Run("export", "--format", "csv", "--out", events);
        workspace.Run("export", "--format", "csv", "--items", "claims", "--out", claims);

        var run = workspace.Run("feed", "--out", path, "--limit", "100000");

        Assert.True(run.ExitCode == 0, run.Error);
        using var reader = XmlReader.Create(path);
        var feed = SyndicationFeed.Load(reader);
        var items = feed.Items.ToList();
        Assert.Equal(ParsedCsv.Read(events).Rows.Count + ParsedCsv.Read(claims).Rows.Count, items.Count);
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.All(items, i =>
        {
            Assert.StartsWith("urn:attest:", i.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(i.Title.Text));
            Assert.Contains("sha256", ((TextSyndicationContent)i.Content).Text);
            Assert.True(i.LastUpdatedTime > DateTimeOffset.UnixEpoch);
        });
        Assert.True(items.Zip(items.Skip(1)).All(p => p.First.LastUpdatedTime >= p.Second.LastUpdatedTime), "newest first");
    }

    [Fact]
    public void Feed_takes_the_same_filters_as_exports()
    {
        var path = workspace.OutputPath("protests.atom");

        workspace.Run("feed", "--out", path, "--event-type", "11");

        using var reader = XmlReader.Create(path);
        var feed = SyndicationFeed.Load(reader);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items.Where(i => i.Categories.Any(c => c.Name == "event")), i => Assert.Contains("(11", i.Title.Text));
    }
}
