using Attest.Store.Extractions;
using Attest.Store.Reviews;
using Attest.Text.Pipeline;
using Attest.Web.Accounts;
using Attest.Web.Reviewing;
using Attest.Workspace.Reextracting;
using Npgsql;

namespace Attest.Web.Tests.Store;

/// <summary>Accounts, tokens, reviews and incidents (migrations 0006 and 0008) on a real PostgreSQL server, the team engine.</summary>
public sealed class PostgresAccountsAndReviewsTests : IDisposable
{
    private readonly string admin = Environment.GetEnvironmentVariable("ATTEST_TEST_POSTGRES")
        ?? throw new InvalidOperationException("ATTEST_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");
    private readonly string name = "attest_web_" + Guid.NewGuid().ToString("N")[..12];

    public PostgresAccountsAndReviewsTests()
    {
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
    }

    private string Database => new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;

    [Fact]
    public void Users_tokens_reviews_and_incidents_work_on_postgresql_and_reviews_survive_reextraction()
    {
        using var fixture = WebWorkspace.SamplesOnPostgres(Database);
        using var workspace = fixture.Open();
        Assert.Equal("postgresql", workspace.Store.Provider.Name);

        var ana = workspace.Store.Accounts.FindByToken(fixture.Tokens[WebWorkspace.AnalystName]);
        Assert.Equal(("ana", "analyst"), (ana?.Name, ana?.Role));
        Assert.True(PasswordHashing.Verify(WebWorkspace.Password, ana!.PasswordHash));
        Assert.Null(workspace.Store.Accounts.FindByToken("att_unknown"));

        var claim = workspace.Store.Extractions.Claims(new ItemFilter(Limit: 1)).Single();
        var (review, error) = ItemReviewing.Review(workspace, claim.SourceId, claim.ClaimId,
            new ClaimCorrection("corrected", "named later in the report", "organization", "Relief Agency"), "ana");
        Assert.Null(error);
        Assert.Equal(ItemReview.Corrected, review!.Decision);

        new Reextractor(workspace, ExtractionPipeline.Default).Run("test");

        Assert.Equal("Relief Agency", ItemReviewing.FindClaim(workspace, claim.SourceId, claim.ClaimId)!.Speaker.Name);
        var history = workspace.Store.Audit.Entries(ItemReview.ItemSubject(claim.SourceId, claim.ClaimId));
        Assert.Equal("review.claim.corrected", Assert.Single(history).Action);

        var incident = workspace.Store.Incidents.Add(new Incident("", new DateOnly(2019, 8, 9), "Orsk", "unknown", "villagers", 3,
            "shelling", "sample", "A. Witness", null, "", DateTimeOffset.MinValue), "ana");
        Assert.Equal(incident with { CreatedAt = incident.CreatedAt }, workspace.Store.Incidents.Get(incident.Id));
        Assert.DoesNotContain("A. Witness", workspace.Store.Audit.Entries(incident.Id).Single().Details);
    }

    [Fact]
    public void Security_stamps_change_on_sign_out_role_and_password_and_incident_edits_are_audited_on_postgresql()
    {
        using var fixture = WebWorkspace.SamplesOnPostgres(Database);
        using var workspace = fixture.Open();
        var accounts = workspace.Store.Accounts;
        var stamps = new List<string> { accounts.Get(WebWorkspace.ViewerName)!.SecurityStamp };

        Assert.True(accounts.RenewStamp(WebWorkspace.ViewerName));
        stamps.Add(accounts.Get(WebWorkspace.ViewerName)!.SecurityStamp);
        Assert.True(accounts.SetRole(WebWorkspace.ViewerName, "analyst", "ada"));
        stamps.Add(accounts.Get(WebWorkspace.ViewerName)!.SecurityStamp);
        Assert.True(accounts.SetPassword(WebWorkspace.ViewerName, PasswordHashing.Hash("another-long-password"), "ada"));
        stamps.Add(accounts.Get(WebWorkspace.ViewerName)!.SecurityStamp);

        Assert.All(stamps, s => Assert.Equal(32, s.Length));
        Assert.Equal(stamps.Count, stamps.Distinct().Count());
        Assert.Equal(stamps[^1], accounts.FindByToken(fixture.Tokens[WebWorkspace.ViewerName])!.SecurityStamp);

        var source = workspace.Store.Sources.List().First().Id;
        var incident = workspace.Store.Incidents.Add(new Incident("", new DateOnly(2019, 8, 9), "Orsk", "unknown", "villagers", 3,
            "injury", source, null, null, "", DateTimeOffset.MinValue), "ana");
        Assert.True(workspace.Store.Incidents.Update(incident with { Place = "Upper Orsk", WitnessName = "B. Witness" }, "ana"));

        Assert.Equal(("Upper Orsk", "B. Witness", "ana"), (workspace.Store.Incidents.Get(incident.Id)!.Place, workspace.Store.Incidents.Get(incident.Id)!.WitnessName,
            workspace.Store.Incidents.Get(incident.Id)!.CreatedBy));
        var edit = workspace.Store.Audit.Entries(incident.Id).Single(e => e.Action == "incident.edit");
        Assert.Equal("place: Orsk → Upper Orsk; witness fields changed", edit.Details);
        Assert.False(workspace.Store.Incidents.Update(incident with { Id = "inc-missing" }, "ana"));
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
