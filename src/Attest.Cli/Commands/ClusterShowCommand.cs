using System.CommandLine;
using System.Text.Json;
using Attest.Store.Corroboration;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest events show ID</c> / <c>attest claims show ID</c>: a cluster, its sources grouped by origin, the passages, and why it has its status.</summary>
public static class ClusterShowCommand
{
    public static Command Create(string kind)
    {
        var id = new Argument<string>("id") { Description = $"A {kind} (SOURCE/ITEM, e.g. a25556eeb14d/{(kind == "event" ? "v3" : "c2")}) or a cluster id." };
        var json = CommonOptions.Json();
        var command = new Command("show", $"Show a {kind}'s cluster: every source grouped by origin, the passages, disputes, and the reasoning behind its status.") { id, json };
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var given = parse.GetValue(id)!.Trim();
            var clusterId = Resolve(workspace, given);
            var cluster = clusterId is null ? null : workspace.Store.Corroboration.Cluster(clusterId);
            if (cluster is null || cluster.Kind != kind)
            {
                Console.Error.WriteLine($"attest {kind}s show: no {kind} or {kind} cluster '{given}' (use an id from `attest {kind}s`).");
                return 1;
            }

            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(cluster, CliJson.Default.ClusterDetail));
                return 0;
            }

            Print(cluster);
            return 0;
        });
        return command;
    }

    private static string? Resolve(Attest.Workspace.AttestWorkspace workspace, string given)
    {
        var slash = given.IndexOf('/');
        if (slash <= 0)
        {
            return given;
        }

        var source = workspace.Store.Sources.Get(given[..slash]);
        return source is null ? null : workspace.Store.Corroboration.ClusterOf(source.Id, given[(slash + 1)..]);
    }

    private static void Print(ClusterDetail cluster)
    {
        AnsiConsole.MarkupLine($"[bold]{cluster.Kind} cluster {Markup.Escape(cluster.Id)}[/]  {StatusMarkup.Of(cluster.Status)}  " +
                               $"[grey]{cluster.Sources} source(s), {cluster.Origins} independent origin(s), parties: {Markup.Escape(cluster.Parties.Count == 0 ? "unknown" : string.Join(", ", cluster.Parties))}[/]");
        AnsiConsole.MarkupLine("[bold]Why this status[/]");
        foreach (var reason in cluster.Reasons)
        {
            AnsiConsole.MarkupLine($"  • {Markup.Escape(reason)}");
        }

        foreach (var origin in cluster.Members.GroupBy(m => m.Origin))
        {
            AnsiConsole.MarkupLine($"\n[bold]Origin {Markup.Escape(origin.Key)}[/] [grey]({origin.Select(m => m.SourceId).Distinct().Count()} source(s))[/]");
            foreach (var m in origin)
            {
                var where = string.Join(", ", new[] { m.Outlet, m.Published?.ToString("yyyy-MM-dd"), m.Title }.Where(s => !string.IsNullOrEmpty(s)));
                AnsiConsole.MarkupLine($"  [bold]{m.SourceId}/{m.ItemId}[/] {Markup.Escape(where)} [grey]sha256 {m.Sha256[..12]}… {Markup.Escape(m.Url ?? "")}[/]");
                AnsiConsole.MarkupLine($"    “{Markup.Escape(CellText.Shorten(m.Passage, 240))}” [grey][[{m.Start}–{m.End}]][/]");
                if (m.JoinedBecause is { } why)
                {
                    AnsiConsole.MarkupLine($"    [grey]joined: {Markup.Escape(why)}[/]");
                }
            }
        }

        if (cluster.Disputes.Count > 0)
        {
            AnsiConsole.MarkupLine("\n[bold red]Disputed by[/]");
            foreach (var d in cluster.Disputes)
            {
                AnsiConsole.MarkupLine($"  [bold]{d.SourceId}/{d.ItemId}[/] {Markup.Escape(d.Outlet ?? "")}: “{Markup.Escape(CellText.Shorten(d.Passage, 240))}”");
                AnsiConsole.MarkupLine($"    [grey]{Markup.Escape(d.Reason)}[/]");
            }
        }
    }
}
