using System.CommandLine;
using System.Text.Json;
using Attest.Store.Search;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest search QUERY</c>: ranked full-text search with highlighted snippets.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words (all must match), \"exact phrases\", OR, -excluded." };
        var from = DateOption.Create("--from", "Only sources published on or after this date.");
        var to = DateOption.Create("--to", "Only sources published on or before this date.");
        var outlet = new Option<string?>("--outlet") { Description = "Only sources whose outlet contains this text." };
        var limit = new Option<int>("--limit") { Description = "At most this many hits.", DefaultValueFactory = _ => 20 };
        var json = CommonOptions.Json();
        var command = new Command("search", "Search the text of every source; best matches first.") { query, from, to, outlet, limit, json };
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var hits = workspace.Store.Search.Find(new SearchQuery(
                parse.GetValue(query)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(outlet), parse.GetValue(limit)));
            if (parse.GetValue(json))
            {
                var rows = hits.Select(h => new SearchResultJson(h.SourceId, h.Title, h.Outlet, h.Published, h.Origin, h.Rank, h.SnippetWith("**", "**"))).ToArray();
                Console.Out.WriteLine(JsonSerializer.Serialize(rows, CliJson.Default.SearchResultJsonArray));
                return 0;
            }

            foreach (var hit in hits)
            {
                var facts = new[] { hit.SourceId, hit.Outlet, hit.Published?.ToString("yyyy-MM-dd") ?? "undated", hit.Origin };
                AnsiConsole.MarkupLine($"[bold]{Markup.Escape(CellText.Shorten(hit.Title ?? "(untitled)", 100))}[/]");
                AnsiConsole.MarkupLine($"    [grey]{Markup.Escape(string.Join(" · ", facts.Where(f => !string.IsNullOrEmpty(f))))}[/]");
                AnsiConsole.MarkupLine("    " + hit.SnippetWith("[bold yellow]", "[/]", s => Markup.Escape(s.ReplaceLineEndings(" "))));
            }

            AnsiConsole.MarkupLine($"[grey]{hits.Count} hit(s).[/]");
            return 0;
        });
        return command;
    }
}
