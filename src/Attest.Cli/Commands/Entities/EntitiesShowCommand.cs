using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Attest.Cli.Commands.Entities;

/// <summary><c>attest entities show X</c>: one knowledge record with its names (and who uses them), roles, and every mention.</summary>
public static class EntitiesShowCommand
{
    public static Command Create()
    {
        var record = new Argument<string>("record") { Description = "A record id (person:imran-khan) or any of its names (PM Khan, IOK)." };
        var json = CommonOptions.Json();
        var command = new Command("show", "Show a knowledge record: names, roles over time, and where it is mentioned.") { record, json };
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var wanted = parse.GetValue(record)!;
            var records = workspace.Store.Knowledge.Find(wanted);
            if (records.Count == 0)
            {
                Console.Error.WriteLine($"{wanted}: no knowledge record has this id or name");
                return 1;
            }

            if (parse.GetValue(json))
            {
                var shown = records.Select(r => new RecordWithMentions(r, workspace.Store.Knowledge.Mentions(r.Id))).ToArray();
                Console.Out.WriteLine(JsonSerializer.Serialize(shown, CliJson.Default.RecordWithMentionsArray));
                return 0;
            }

            if (records.Count > 1)
            {
                AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(wanted)} names {records.Count} records; each is shown. Use an id to pick one.[/]");
            }

            foreach (var r in records)
            {
                AnsiConsole.MarkupLine($"\n[bold]{Markup.Escape(r.Label)}[/]  [grey]{r.Id} · {r.Type} · {r.Country ?? "no country"} · {r.Origin}[/]");
                foreach (var name in r.Names)
                {
                    var who = name.UsedBy is null ? "" : $"  [grey]used by {Markup.Escape(name.UsedBy)}[/]";
                    AnsiConsole.MarkupLine($"    name  {Markup.Escape(name.Name)} [grey]{name.Language}[/]{who}");
                }

                foreach (var role in r.Roles)
                {
                    AnsiConsole.MarkupLine($"    role  {Markup.Escape(role.Role)} ({role.Country}) {role.From:yyyy-MM-dd} → {role.To?.ToString("yyyy-MM-dd") ?? "now"}");
                }

                var mentions = workspace.Store.Knowledge.Mentions(r.Id);
                foreach (var m in mentions)
                {
                    AnsiConsole.MarkupLine($"    in    {m.SourceId}/{m.EntityId} \"{Markup.Escape(m.EntityName)}\" [grey]{m.Rule} \"{Markup.Escape(m.Matched)}\" {m.Score:0.00} {m.Status} · " +
                                           $"{m.Published?.ToString("yyyy-MM-dd") ?? "undated"} · {Markup.Escape(CellText.Shorten(m.Title ?? m.Origin, 60))}[/]");
                }

                AnsiConsole.MarkupLine($"    [grey]{mentions.Count} mention(s) in {mentions.Select(m => m.SourceId).Distinct().Count()} source(s).[/]");
            }

            return 0;
        });
        return command;
    }
}
