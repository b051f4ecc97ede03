using System.Net;

namespace Attest.Web.Tests.Pages;

/// <summary>The map page draws event places from shipped outlines and the knowledge base's coordinates, without any tile server.</summary>
public sealed class MapTests(WebWorkspace workspace) : IClassFixture<WebWorkspace>, IDisposable
{
    private readonly AttestWebFactory factory = new(workspace.Root);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Map_draws_country_outlines_and_a_circle_per_place_of_events()
    {
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, WebWorkspace.ViewerName, WebWorkspace.Password);

        var response = await client.GetAsync("/map");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<circle", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tile", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Kashmir", html, StringComparison.Ordinal);
    }
}
