using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Attest.Web.Tests.Api;

/// <summary>The JSON API: bearer tokens only (401 otherwise), roles for review actions, and the OpenAPI description.</summary>
public sealed class ApiTests(WebWorkspace workspace) : IClassFixture<WebWorkspace>, IDisposable
{
    private readonly AttestWebFactory factory = new(workspace.Root);

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("/api/sources")]
    [InlineData("/api/claims?speaker=anonymous")]
    [InlineData("/api/events")]
    [InlineData("/api/search?q=Kashmir")]
    [InlineData("/api/entities?q=Kashmir")]
    public async Task Api_without_a_token_answers_401(string path)
    {
        var response = await factory.Browser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_with_an_unknown_token_answers_401()
    {
        var client = factory.Browser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "att_not-a-real-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/sources")).StatusCode);
    }

    [Fact]
    public async Task Api_does_not_accept_a_browser_session_instead_of_a_token()
    {
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, WebWorkspace.AdminName, WebWorkspace.Password);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sources")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/sources")).StatusCode);
    }

    [Fact]
    public async Task Api_lists_only_anonymous_claims_when_asked()
    {
        var client = Client(WebWorkspace.ViewerName);

        var claims = await client.GetFromJsonAsync<JsonElement>("/api/claims?speaker=anonymous&limit=500");

        Assert.True(claims.GetArrayLength() > 0);
        Assert.All(claims.EnumerateArray(), c => Assert.Equal("anonymous", c.GetProperty("speakerKind").GetString()));
    }

    [Fact]
    public async Task A_viewer_token_cannot_review()
    {
        var (sourceId, claimId) = AnonymousClaim(0);

        var response = await Client(WebWorkspace.ViewerName).PostAsJsonAsync($"/api/reviews/claims/{sourceId}/{claimId}", new { decision = "confirmed" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_analyst_corrects_a_speaker_and_the_change_is_in_the_items_history()
    {
        var (sourceId, claimId) = AnonymousClaim(1);
        var client = Client(WebWorkspace.AnalystName);

        var response = await client.PostAsJsonAsync($"/api/reviews/claims/{sourceId}/{claimId}",
            new { decision = "corrected", reason = "the next sentence names the ministry", speakerKind = "organization", speakerName = "Ministry of Defence" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = await client.GetFromJsonAsync<JsonElement>($"/api/claims/{sourceId}/{claimId}");
        Assert.Equal("Ministry of Defence", item.GetProperty("claim").GetProperty("speaker").GetProperty("name").GetString());
        var entry = Assert.Single(item.GetProperty("history").EnumerateArray());
        Assert.Equal(WebWorkspace.AnalystName, entry.GetProperty("actor").GetString());
        Assert.Contains("the next sentence names the ministry", entry.GetProperty("details").GetString());
        Assert.Matches(@"speaker: .*\(?anonymous\)? → Ministry of Defence \(organization\)", entry.GetProperty("details").GetString());
    }

    [Fact]
    public async Task A_correction_without_a_reason_is_refused_and_changes_nothing()
    {
        var (sourceId, claimId) = AnonymousClaim(2);
        var client = Client(WebWorkspace.AnalystName);

        var response = await client.PostAsJsonAsync($"/api/reviews/claims/{sourceId}/{claimId}", new { decision = "corrected", speakerKind = "author" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", await response.Content.ReadAsStringAsync());
        var item = await client.GetFromJsonAsync<JsonElement>($"/api/claims/{sourceId}/{claimId}");
        Assert.Equal("anonymous", item.GetProperty("claim").GetProperty("speaker").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_claims_cluster_is_served_with_its_status_reasons_and_members()
    {
        var client = Client(WebWorkspace.ViewerName);
        var claims = await client.GetFromJsonAsync<JsonElement>("/api/claims?limit=1000");
        var clustered = claims.EnumerateArray().First(c => c.GetProperty("clusterId").ValueKind == JsonValueKind.String);

        var cluster = await client.GetFromJsonAsync<JsonElement>("/api/clusters/" + clustered.GetProperty("clusterId").GetString());

        Assert.Equal(clustered.GetProperty("status").GetString(), cluster.GetProperty("status").GetString());
        Assert.Contains(cluster.GetProperty("status").GetString(), Attest.Web.Pages.SearchModel.Statuses);
        Assert.NotEqual(0, cluster.GetProperty("reasons").GetArrayLength());
        Assert.Contains(cluster.GetProperty("members").EnumerateArray(), m =>
            m.GetProperty("sourceId").GetString() == clustered.GetProperty("sourceId").GetString()
            && m.GetProperty("itemId").GetString() == clustered.GetProperty("claimId").GetString());
    }

    [Fact]
    public async Task Naming_the_speaker_of_an_anonymous_only_claim_changes_its_status()
    {
        var client = Client(WebWorkspace.AnalystName);
        var claims = await client.GetFromJsonAsync<JsonElement>("/api/claims?speaker=anonymous&status=anonymous-only&limit=1000");
        JsonElement? lone = null;
        foreach (var c in claims.EnumerateArray().Reverse())
        {
            var candidate = await client.GetFromJsonAsync<JsonElement>("/api/clusters/" + c.GetProperty("clusterId").GetString());
            if (candidate.GetProperty("sources").GetInt32() == 1)
            {
                lone = c;
                break;
            }
        }

        Assert.NotNull(lone);
        var (sourceId, claimId) = (lone.Value.GetProperty("sourceId").GetString(), lone.Value.GetProperty("claimId").GetString());

        var response = await client.PostAsJsonAsync($"/api/reviews/claims/{sourceId}/{claimId}",
            new { decision = "corrected", reason = "the report names the ministry two lines on", speakerKind = "organization", speakerName = "Kestrian Foreign Ministry" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cluster = await client.GetFromJsonAsync<JsonElement>($"/api/clusters/of/{sourceId}/{claimId}");
        Assert.NotEqual("anonymous-only", cluster.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_description_lists_the_api()
    {
        var document = await factory.Browser().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/claims\"", document);
        Assert.Contains("\"/api/reviews/claims/{sourceId}/{itemId}\"", document);
    }

    [Fact]
    public async Task OpenApi_description_declares_the_bearer_scheme_for_every_call()
    {
        using var document = JsonDocument.Parse(await factory.Browser().GetStringAsync("/openapi/v1.json"));

        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.True(document.RootElement.GetProperty("security")[0].TryGetProperty("bearer", out _));
    }

    [Theory]
    [InlineData("/api/sources")]
    [InlineData("/api/search?q=Kashmir&limit=200")]
    public async Task A_viewer_sees_only_the_file_name_a_source_was_added_from(string path)
    {
        var body = await Client(WebWorkspace.ViewerName).GetStringAsync(path);

        // Samples come from the repository, seeds from the folder beside it: neither path may show.
        Assert.DoesNotContain(Path.GetDirectoryName(Repository.Root)!, body);
        Assert.Contains("\"origin\":\"", body);
    }

    [Fact]
    public async Task A_viewer_sees_only_the_file_name_in_one_source_and_an_analyst_sees_the_path()
    {
        string id;
        using (var open = workspace.Open())
        {
            id = open.Store.Sources.List()[0].Id;
        }

        var seenByViewer = await Client(WebWorkspace.ViewerName).GetFromJsonAsync<JsonElement>($"/api/sources/{id}");
        var seenByAnalyst = await Client(WebWorkspace.AnalystName).GetFromJsonAsync<JsonElement>($"/api/sources/{id}");

        var viewerOrigin = seenByViewer.GetProperty("source").GetProperty("metadata").GetProperty("origin").GetString()!;
        var analystOrigin = seenByAnalyst.GetProperty("source").GetProperty("metadata").GetProperty("origin").GetString()!;
        Assert.DoesNotContain('/', viewerOrigin);
        Assert.StartsWith("/", analystOrigin);
        Assert.EndsWith(viewerOrigin, analystOrigin);
    }

    [Fact]
    public async Task An_overlong_search_is_refused_with_the_field_named()
    {
        var response = await Client(WebWorkspace.ViewerName).GetAsync("/api/search?q=" + new string('a', FieldLimits.Query + 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("q: at most", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_overlong_reason_is_refused_and_changes_nothing()
    {
        var (sourceId, claimId) = AnonymousClaim(3);

        var response = await Client(WebWorkspace.AnalystName).PostAsJsonAsync($"/api/reviews/claims/{sourceId}/{claimId}",
            new { decision = "rejected", reason = new string('r', FieldLimits.Text + 1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason: at most 2000 characters", await response.Content.ReadAsStringAsync());
        using var open = workspace.Open();
        Assert.Null(open.Store.Reviews.Get(sourceId, Attest.Store.Reviews.ItemReview.Claim, claimId));
    }

    [Fact]
    public async Task Emptying_the_speaker_record_unlinks_it_and_the_audit_says_so()
    {
        string sourceId, claimId;
        using (var open = workspace.Open())
        {
            var linked = open.Store.Extractions.Claims(new Attest.Store.Extractions.ItemFilter(Limit: 1000)).First(c => c.SpeakerEntity is not null && c.SpeakerKind != "anonymous");
            (sourceId, claimId) = (linked.SourceId, linked.ClaimId);
        }

        var client = Client(WebWorkspace.AnalystName);
        var response = await client.PostAsJsonAsync($"/api/reviews/claims/{sourceId}/{claimId}",
            new { decision = "corrected", reason = "The record is the wrong person.", speakerEntity = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = await client.GetFromJsonAsync<JsonElement>($"/api/claims/{sourceId}/{claimId}");
        Assert.Equal(JsonValueKind.Null, item.GetProperty("claim").GetProperty("speaker").GetProperty("entity").ValueKind);
        Assert.Contains("speaker record:", item.GetProperty("history")[0].GetProperty("details").GetString());
        Assert.Contains("→ —", item.GetProperty("history")[0].GetProperty("details").GetString());
    }

    private HttpClient Client(string user)
    {
        var client = factory.Browser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", workspace.Tokens[user]);
        return client;
    }

    private (string SourceId, string ClaimId) AnonymousClaim(int index)
    {
        using var open = workspace.Open();
        var claim = open.Store.Extractions.Claims(new Attest.Store.Extractions.ItemFilter(Speaker: "anonymous"))[index];
        return (claim.SourceId, claim.ClaimId);
    }
}
