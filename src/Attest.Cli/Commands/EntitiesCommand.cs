using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest entities</c>: people, organisations, places and groups found in each source.</summary>
public static class EntitiesCommand
{
    public static Command Create()
    {
        var filters = new ItemFilterOptions();
        var json = CommonOptions.Json();
        var command = new Command("entities", "List entities found in the sources; show, merge, split, link and annotate knowledge records.") { json };
        filters.AddTo(command);
        command.Subcommands.Add(Entities.EntitiesShowCommand.Create());
        command.Subcommands.Add(Entities.EntitiesMergeCommand.Create());
        command.Subcommands.Add(Entities.EntitiesSplitCommand.Create());
        command.Subcommands.Add(Entities.EntitiesLinkCommand.Create());
        command.Subcommands.Add(Entities.EntitiesAliasCommand.Create());
        command.Subcommands.Add(Entities.EntitiesRoleCommand.Create());
        command.Subcommands.Add(Entities.EntitiesReviewCommand.Create());
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var entities = workspace.Store.Extractions.Entities(filters.Read(parse));
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(entities.ToArray(), CliJson.Default.EntityListingArray));
                return 0;
            }

            foreach (var e in entities)
            {
                var aliases = e.Aliases.Count == 0 ? "" : $"  aka {CellText.Shorten(string.Join(", ", e.Aliases), 100)}";
                AnsiConsole.MarkupLine($"[bold]{e.SourceId}/{e.EntityId}[/]  {e.Type}  {Markup.Escape(e.Name)}{Markup.Escape(aliases)}" +
                                       $"  [grey]{e.Country ?? ""} {e.Mentions} mention(s)[/]");
            }

            AnsiConsole.MarkupLine($"[grey]{entities.Count} entit(ies).[/]");
            return 0;
        });
        return command;
    }
}
