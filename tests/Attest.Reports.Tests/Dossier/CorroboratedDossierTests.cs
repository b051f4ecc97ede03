using System.Text.Json;
using Attest.Reports.Tests.Support;

namespace Attest.Reports.Tests.Dossier;

/// <summary>Outputs once corroboration has rated items: statuses, clusters with several sources, contested accounts, ClaimReview.</summary>
public sealed class CorroboratedDossierTests(CorroboratedWorkspace workspace) : IClassFixture<CorroboratedWorkspace>
{
    private static readonly string[] Statuses = ["single-source", "anonymous-only", "one-sided", "corroborated", "contested"];

    [Fact]
    public void Contested_items_show_both_accounts_side_by_side_with_their_sources()
    {
        var html = workspace.OutputPath("contested.html");

        var run = workspace.Run("report", "--title", "Contested", "--out", html);

        Assert.True(run.ExitCode == 0, run.Error);
        var page = File.ReadAllText(html);
        var contested = DossierSection.Of(page, "contested", "methods");
        Assert.Contains("class=\"side-by-side\"", contested);
        Assert.Contains("Reported by The Nation", contested);
        Assert.Contains("Disputed by The Hindu", contested);
        Assert.Contains("href=\"#note-", contested);
    }

    [Fact]
    public void An_event_reported_by_several_sources_is_one_chronology_entry_citing_each_of_them()
    {
        var html = workspace.OutputPath("clusters.html");
        var csv = workspace.OutputPath("events.csv");
        workspace.Run("export", "--format", "csv", "--out", csv);

        workspace.Run("report", "--out", html);

        var rows = ParsedCsv.Read(csv).Rows;
        var shared = rows.GroupBy(r => r["cluster_id"]).Where(g => g.Key.Length > 0 && g.Select(r => r["source_id"]).Distinct().Count() > 1).ToList();
        Assert.NotEmpty(shared);
        var page = File.ReadAllText(html);
        var entries = System.Text.RegularExpressions.Regex.Count(page, "<div class=\"event\" id=");
        Assert.Equal(rows.Select(r => r["cluster_id"].Length > 0 ? r["cluster_id"] : r["id"]).Distinct().Count(), entries);
        var notes = DossierSection.Of(page, "notes");
        Assert.All(shared.SelectMany(g => g), r => Assert.Contains(r["source_sha256"], notes));
    }

    [Fact]
    public void Status_filter_keeps_only_items_with_that_status()
    {
        var csv = workspace.OutputPath("one-sided.csv");

        workspace.Run("export", "--format", "csv", "--status", "one-sided", "--out", csv);

        var rows = ParsedCsv.Read(csv).Rows;
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("one-sided", r["status"]));
    }

    [Fact]
    public void ClaimReview_is_schema_org_json_ld_for_every_claim_with_a_status()
    {
        var path = workspace.OutputPath("claims.jsonld");
        var csv = workspace.OutputPath("claims.csv");
        workspace.Run("export", "--format", "csv", "--items", "claims", "--out", csv);

        var run = workspace.Run("export", "--format", "claimreview", "--out", path);

        Assert.True(run.ExitCode == 0, run.Error);
        var root = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        var reviews = root.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(ParsedCsv.Read(csv).Rows.Count(r => r["status"].Length > 0), reviews.Count);
        Assert.NotEmpty(reviews);
        Assert.All(reviews, r =>
        {
            Assert.Equal("ClaimReview", r.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("claimReviewed").GetString()));
            var item = r.GetProperty("itemReviewed");
            Assert.Equal("Claim", item.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("author").GetProperty("name").GetString()));
            Assert.StartsWith("sha256:", item.GetProperty("appearance").GetProperty("identifier").GetString(), StringComparison.Ordinal);
            Assert.Contains(r.GetProperty("reviewRating").GetProperty("alternateName").GetString(), Statuses);
        });
    }
}
