using System.CommandLine;
using Attest.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Attest.Cli.Commands;

/// <summary><c>attest serve</c>: the web application over the current workspace, on the loopback interface.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static readonly Option<int> Port = new("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => DefaultPort };

    public static readonly Option<string?> Urls = new("--urls") { Description = "Addresses to listen on instead, e.g. http://127.0.0.1:8080 (semicolon-separated)." };

    public static readonly Option<bool> AllowRemote = new("--allow-remote")
    {
        Description = "Allow plain http beyond the loopback interface (only behind a TLS proxy: passwords would otherwise cross the network in clear).",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Start the web application (pages, review, JSON API under /api/) for this workspace on 127.0.0.1.") { Port, Urls, AllowRemote };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var urls = parse.GetValue(Urls) ?? $"http://127.0.0.1:{parse.GetValue(Port)}";
            if (ListenAddresses.Problem(urls, parse.GetValue(AllowRemote)) is { } problem)
            {
                Console.Error.WriteLine("attest serve: " + problem);
                return 2;
            }

            using (var workspace = CommonOptions.OpenWorkspace(parse))
            {
                if (workspace is null)
                {
                    return 2;
                }

                return await Run(workspace.Layout.Root, CommonOptions.DatabaseOf(parse), urls, cancellationToken);
            }
        });
        return command;
    }

    /// <summary>Serves until stopped (Ctrl+C); prints the address to open.</summary>
    public static async Task<int> Run(string workspaceRoot, string? database, string urls, CancellationToken cancellationToken)
    {
        var args = new List<string> { "--urls", urls, $"--{AttestWebHost.WorkspaceKey}={workspaceRoot}" };
        if (database is not null)
        {
            args.Add($"--{AttestWebHost.DatabaseKey}={database}");
        }

        await using var app = AttestWebHost.Build([.. args], builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"attest serve: cannot listen on {urls}: {e.Message}");
            return 1;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.Out.WriteLine($"Attest is serving {workspaceRoot} at {address}/ (Ctrl+C to stop)");
        }

        await Console.Out.FlushAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
