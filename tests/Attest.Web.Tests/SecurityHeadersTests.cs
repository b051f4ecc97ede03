using System.Net;

namespace Attest.Web.Tests;

/// <summary>Every response, page or not, signed in or not, carries the headers that stop injected script, sniffing, leaks and framing.</summary>
public sealed class SecurityHeadersTests(WebWorkspace workspace) : IClassFixture<WebWorkspace>, IDisposable
{
    private readonly AttestWebFactory factory = new(workspace.Root);

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("/login")]
    [InlineData("/sources")]
    [InlineData("/site.css")]
    [InlineData("/site.js")]
    [InlineData("/healthz")]
    [InlineData("/api/sources")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_a_strict_policy_and_the_other_headers(string path)
    {
        var response = await factory.Browser().GetAsync(path);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("style-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sources")]
    [InlineData("/review")]
    [InlineData("/incidents/new")]
    public async Task Pages_have_no_inline_script_or_style_the_policy_would_block(string path)
    {
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, WebWorkspace.AnalystName, WebWorkspace.Password);

        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain(" style=", html);
        Assert.DoesNotContain("<style", html);
    }
}
