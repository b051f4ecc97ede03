using System.Text.Json;

namespace Attest.Cli.Tests.Commands;

/// <summary>`attest claims|events --status` and `show`: clusters, their status and the reasoning, as a user reads them.</summary>
public sealed class CorroborationTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void A_claim_denied_by_another_outlet_is_listed_as_contested_and_show_names_both_accounts()
    {
        var documents = Path.Combine(SharedCorpus.RepositoryRoot, "eval", "corroboration", "documents");
        CliRun.In(folder.Path, "init");
        Assert.Equal(0, CliRun.In(folder.Path, "add", Path.Combine(documents, "nation-trump-mediation.md"), Path.Combine(documents, "thehindu-mediation-denial.md")).ExitCode);

        var contested = JsonDocument.Parse(CliRun.In(folder.Path, "claims", "--status", "contested", "--json").Out).RootElement.EnumerateArray().ToList();
        var claim = Assert.Single(contested, c => c.GetProperty("text").GetString()!.Contains("mediate", StringComparison.Ordinal));
        var id = $"{claim.GetProperty("sourceId").GetString()}/{claim.GetProperty("claimId").GetString()}";
        var show = CliRun.In(folder.Path, "claims", "show", id);

        Assert.Equal(0, show.ExitCode);
        Assert.Contains("contested", show.Out);
        Assert.Contains("Disputed by", show.Out);
        Assert.Contains("The Hindu", show.Out);
        Assert.Contains("The Nation", show.Out);
        Assert.Contains("Why this status", show.Out);
        var json = JsonDocument.Parse(CliRun.In(folder.Path, "claims", "show", claim.GetProperty("clusterId").GetString()!, "--json").Out).RootElement;
        Assert.Equal("contested", json.GetProperty("status").GetString());
        Assert.NotEmpty(json.GetProperty("disputes").EnumerateArray());
    }

    [Fact]
    public void Claims_resting_on_anonymous_sources_are_listed_by_status_and_an_unknown_status_is_refused()
    {
        CliRun.In(folder.Path, "init");
        var seed = Directory.GetFiles(SharedCorpus.Seeds).Order().ElementAt(2);
        CliRun.In(folder.Path, "add", seed, "--published", "2019-08-20", "--outlet", "The News International");

        var anonymous = JsonDocument.Parse(CliRun.In(folder.Path, "claims", "--status", "anonymous-only", "--json").Out).RootElement.EnumerateArray().ToList();
        var refused = CliRun.In(folder.Path, "events", "--status", "probable");

        // Every claim an unnamed source makes is anonymous-only (a lone report); a named speaker's words count too when they reach
        // the text only through unnamed sources ("sources said that the premier warned…").
        var bySources = JsonDocument.Parse(CliRun.In(folder.Path, "claims", "--speaker", "anonymous", "--json").Out).RootElement.EnumerateArray()
            .Select(c => c.GetProperty("claimId").GetString()).ToList();
        Assert.NotEmpty(bySources);
        Assert.Subset(anonymous.Select(c => c.GetProperty("claimId").GetString()).ToHashSet(), bySources.ToHashSet());
        Assert.Contains(anonymous, c => c.GetProperty("speakerKind").GetString() == "person");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("probable", refused.Error);
        var missing = CliRun.In(folder.Path, "events", "show", "nosuch/v1");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no event or event cluster 'nosuch/v1'", missing.Error);
    }

    public void Dispose() => folder.Dispose();
}
