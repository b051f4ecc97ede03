using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Attest.Web.Tests.Browser;

/// <summary>The application served by Kestrel on a free loopback port, the way `attest serve` runs it, for a real browser to visit.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningApp(WebApplication app, string address) => (this.app, Address) = (app, address);

    public string Address { get; }

    public static async Task<RunningApp> Start(string workspaceRoot)
    {
        var app = AttestWebHost.Build(["--urls", "http://127.0.0.1:0", $"--{AttestWebHost.WorkspaceKey}={workspaceRoot}"],
            builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningApp(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
