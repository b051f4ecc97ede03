using System.Net;
using Attest.Store.Reviews;

namespace Attest.Web.Tests.Pages;

/// <summary>Sessions, CSRF, rate limit, roles and the health check, through the real application in memory.</summary>
public sealed class SecurityTests(WebWorkspace workspace) : IClassFixture<WebWorkspace>, IDisposable
{
    private readonly AttestWebFactory factory = new(workspace.Root);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Healthz_answers_200_without_signing_in()
    {
        var response = await factory.Browser().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_send_a_signed_out_visitor_to_the_login_page()
    {
        var response = await factory.Browser().GetAsync("/claims?speaker=anonymous");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Right_password_starts_a_session_and_wrong_one_is_refused()
    {
        var client = factory.Browser();

        var wrong = await AttestWebFactory.SignIn(client, WebWorkspace.ViewerName, "not-the-password");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/sources")).StatusCode);

        var right = await AttestWebFactory.SignIn(client, WebWorkspace.ViewerName, WebWorkspace.Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sources")).StatusCode);
    }

    [Fact]
    public async Task Login_without_the_antiforgery_token_is_rejected()
    {
        var client = factory.Browser();
        await client.GetAsync("/login");

        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = WebWorkspace.AdminName,
            ["Password"] = WebWorkspace.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Review_post_from_another_site_without_the_token_changes_nothing()
    {
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, WebWorkspace.AnalystName, WebWorkspace.Password);
        var (sourceId, claimId) = FirstAnonymousClaim();

        var response = await client.PostAsync($"/claims/{sourceId}/{claimId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Decision"] = "rejected",
            ["Reason"] = "forged",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var open = workspace.Open();
        Assert.Null(open.Store.Reviews.Get(sourceId, ItemReview.Claim, claimId));
    }

    [Fact]
    public async Task Login_attempts_beyond_the_limit_get_429()
    {
        using var limited = new AttestWebFactory(workspace.Root, loginAttemptsPerMinute: 3);
        var client = limited.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await AttestWebFactory.SignIn(client, WebWorkspace.AdminName, "guess-" + i)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[4]);
    }

    [Fact]
    public async Task Right_passwords_are_never_throttled_only_failures_count()
    {
        using var limited = new AttestWebFactory(workspace.Root, loginAttemptsPerMinute: 2);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await AttestWebFactory.SignIn(limited.Browser(), WebWorkspace.ViewerName, WebWorkspace.Password)).StatusCode);
        }

        await AttestWebFactory.SignIn(limited.Browser(), WebWorkspace.AnalystName, "guess-1");
        await AttestWebFactory.SignIn(limited.Browser(), WebWorkspace.AnalystName, "guess-2");
        var blocked = await AttestWebFactory.SignIn(limited.Browser(), WebWorkspace.AnalystName, WebWorkspace.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("Too many failed sign-ins", await blocked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_overlong_password_is_refused_like_a_wrong_one()
    {
        var response = await AttestWebFactory.SignIn(factory.Browser(), WebWorkspace.ViewerName, new string('x', FieldLimits.Password + 1));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_open_the_review_queue_or_user_admin()
    {
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, WebWorkspace.ViewerName, WebWorkspace.Password);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/claims")).StatusCode);
        var review = await client.GetAsync("/review");
        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        Assert.StartsWith("/denied", review.Headers.Location!.PathAndQuery);
        Assert.StartsWith("/denied", (await client.GetAsync("/admin/users")).Headers.Location!.PathAndQuery);
        Assert.DoesNotContain("id=\"review-form\"", await client.GetStringAsync($"/claims/{FirstAnonymousClaim().SourceId}/{FirstAnonymousClaim().ClaimId}"));
    }

    [Fact]
    public async Task An_analyst_reviews_but_cannot_manage_users()
    {
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, WebWorkspace.AnalystName, WebWorkspace.Password);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/review")).StatusCode);
        Assert.StartsWith("/denied", (await client.GetAsync("/admin/users")).Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Witness_fields_are_shown_to_analysts_and_hidden_from_viewers()
    {
        using (var open = workspace.Open())
        {
            open.Store.Incidents.Add(new Incident("", new DateOnly(2019, 8, 9), "Sarn Valley", "unknown", "two farmers", 2, "injury",
                "sample sarn-valley-night.html", "Witness Quillon", "+00 555 0101", "", DateTimeOffset.MinValue), "test-setup");
        }

        var viewer = factory.Browser();
        await AttestWebFactory.SignIn(viewer, WebWorkspace.ViewerName, WebWorkspace.Password);
        var analyst = factory.Browser();
        await AttestWebFactory.SignIn(analyst, WebWorkspace.AnalystName, WebWorkspace.Password);

        var seenByViewer = await viewer.GetStringAsync("/incidents");
        Assert.Contains("Sarn Valley", seenByViewer);
        Assert.DoesNotContain("Witness Quillon", seenByViewer);
        Assert.Contains("Witness Quillon", await analyst.GetStringAsync("/incidents"));
    }

    private (string SourceId, string ClaimId) FirstAnonymousClaim()
    {
        using var open = workspace.Open();
        var claim = open.Store.Extractions.Claims(new Attest.Store.Extractions.ItemFilter(Speaker: "anonymous", Limit: 1)).Single();
        return (claim.SourceId, claim.ClaimId);
    }
}
