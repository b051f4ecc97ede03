using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Attest.Web.Tests;

/// <summary>The real application in memory (WebApplicationFactory) over a test workspace, with helpers to sign in like a browser.</summary>
public sealed partial class AttestWebFactory(string workspaceRoot, int loginAttemptsPerMinute = 1000) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(AttestWebHost.WorkspaceKey, workspaceRoot);
        builder.UseSetting(AttestWebHost.LoginLimitKey, loginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The antiforgery token of the form on <paramref name="path"/>, fetched with the client's cookies.</summary>
    public static async Task<string> FormToken(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"no antiforgery token on {path}");
    }

    public static async Task<HttpResponseMessage> SignIn(HttpClient client, string name, string password)
    {
        var token = await FormToken(client, "/login");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
