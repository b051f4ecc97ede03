using System.CommandLine;
using Attest.Analysis.Copies;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest sources show ID</c>: one source's metadata and hash, its copy origin, and the passages it shares with each copy.</summary>
public static class SourceShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "A source id or id prefix (from `attest sources`)." };
        var command = new Command("show", "Show one source: metadata, hash, origin, and the passages it shares with the sources it copies or that copy it.") { id };
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var given = parse.GetValue(id)!.Trim();
            var source = workspace.Store.Sources.Get(given);
            if (source is null)
            {
                Console.Error.WriteLine($"attest sources show: no source '{given}' (use an id from `attest sources`).");
                return 1;
            }

            var m = source.Metadata;
            AnsiConsole.MarkupLine($"[bold]{source.Id}[/]  {Markup.Escape(m.Title ?? "(untitled)")}");
            AnsiConsole.MarkupLine($"    {Markup.Escape(string.Join(" · ", new[] { m.Outlet, m.Author, m.Published?.ToString("yyyy-MM-dd"), m.Url ?? m.Origin }.Where(x => !string.IsNullOrEmpty(x))))}");
            AnsiConsole.MarkupLine($"    [grey]sha256 {source.Sha256}[/]");
            var links = workspace.Store.Copies.LinksOf(source.Id);
            if (links.Count == 0)
            {
                AnsiConsole.MarkupLine("    [green]An independent origin: no stored source copies it or is copied by it.[/]");
                return 0;
            }

            foreach (var link in links)
            {
                var otherId = link.SourceId == source.Id ? link.CopyOf : link.SourceId;
                var other = workspace.Store.Sources.Get(otherId);
                if (other is null)
                {
                    continue;
                }

                var direction = link.SourceId == source.Id ? "copies" : "is copied by";
                AnsiConsole.MarkupLine($"\n[yellow]{direction} {other.Id}[/] {Markup.Escape(other.Metadata.Outlet ?? "")} — {Markup.Escape(link.Reason)}, " +
                                       $"containment {link.Containment:0.00}, resemblance {link.Jaccard:0.00}");
                foreach (var passage in SharedPassages.Find(source.Text, other.Text).Take(5))
                {
                    AnsiConsole.MarkupLine($"    [grey][[{passage.Start}–{passage.End}, {passage.Words} words]][/] “{Markup.Escape(CellText.Shorten(source.Text[passage.Start..passage.End], 300))}”");
                }
            }

            return 0;
        });
        return command;
    }
}
