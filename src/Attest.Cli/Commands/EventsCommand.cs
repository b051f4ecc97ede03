using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest events</c>: CAMEO-coded events across the workspace, with actors, place, date and source.</summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var filters = new ItemFilterOptions();
        var json = CommonOptions.Json();
        var command = new Command("events", "List CAMEO-coded events: code, actor → target, place, date, and the source that reports them.") { json };
        filters.AddTo(command, withStatus: true);
        command.Subcommands.Add(ClusterShowCommand.Create("event"));
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var events = workspace.Store.Extractions.Events(filters.Read(parse));
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(events.ToArray(), CliJson.Default.EventListingArray));
                return 0;
            }

            foreach (var e in events)
            {
                var flags = (e.Negated ? " [red]negated[/]" : "") + (e.Hypothetical ? " [yellow]hypothetical[/]" : "");
                var actors = $"{e.Actor} {e.ActorCountry}".Trim() + " → " + ($"{e.Target} {e.TargetCountry}".Trim() is { Length: > 0 } t ? t : "-");
                AnsiConsole.MarkupLine($"[bold]{e.SourceId}/{e.EventId}[/]  {StatusMarkup.Of(e.Status)}  CAMEO {e.Cameo}{flags}  {Markup.Escape(actors)}" +
                                       $"  [grey]{Markup.Escape(e.Location ?? "")} {e.Date ?? ""} {(e.ClaimId is null ? "" : $"reported in {e.ClaimId}")}[/]");
                AnsiConsole.MarkupLine($"    {Markup.Escape(CellText.Shorten(e.Text, 160))}");
            }

            AnsiConsole.MarkupLine($"[grey]{events.Count} event(s).[/]");
            return 0;
        });
        return command;
    }
}
