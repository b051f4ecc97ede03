using System.Net;
using Attest.Web.Accounts;

namespace Attest.Web.Tests.Accounts;

/// <summary>A session lasts only as long as the rights it was started with: sign-out, a new password or a new role end it at once.</summary>
public sealed class SessionValidationTests(WebWorkspace workspace) : IClassFixture<WebWorkspace>, IDisposable
{
    private readonly AttestWebFactory factory = new(workspace.Root);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_cookie_saved_before_sign_out_no_longer_works()
    {
        var name = NewUser("analyst");
        var client = factory.Browser();
        var cookie = SessionCookie(await AttestWebFactory.SignIn(client, name, WebWorkspace.Password));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sources")).StatusCode);

        var token = await AttestWebFactory.FormToken(client, "/sources");
        await client.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        var replayed = await WithCookie(cookie).GetAsync("/sources");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/login", replayed.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_demoted_analyst_loses_the_review_queue_and_witness_fields_on_the_next_request()
    {
        var name = NewUser("analyst");
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, name, WebWorkspace.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/review")).StatusCode);

        using (var open = workspace.Open())
        {
            open.Store.Accounts.SetRole(name, "viewer", "test-admin");
        }

        var next = await client.GetAsync("/review");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/login", next.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/incidents")).StatusCode);
    }

    [Fact]
    public async Task A_new_password_ends_the_sessions_started_with_the_old_one()
    {
        var name = NewUser("viewer");
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, name, WebWorkspace.Password);

        using (var open = workspace.Open())
        {
            open.Store.Accounts.SetPassword(name, PasswordHashing.Hash("another-long-password"), name);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/sources")).StatusCode);
    }

    [Fact]
    public async Task A_session_of_a_user_who_keeps_their_rights_goes_on_working()
    {
        var name = NewUser("viewer");
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, name, WebWorkspace.Password);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sources")).StatusCode);
        }
    }

    private string NewUser(string role)
    {
        var name = "u" + Guid.NewGuid().ToString("N")[..10];
        using var open = workspace.Open();
        open.Store.Accounts.Add(name, role, PasswordHashing.Hash(WebWorkspace.Password), "test-setup");
        return name;
    }

    private static string SessionCookie(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("attest.session=", StringComparison.Ordinal)).Split(';')[0];

    private HttpClient WithCookie(string cookie)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
