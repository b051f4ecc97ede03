using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest claims</c>: attributed statements across the workspace — who says what, with which cue, from which source.</summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var filters = new ItemFilterOptions();
        var json = CommonOptions.Json();
        var command = new Command("claims", "List attributed claims: speaker (named, anonymous, author), cue and claimed content.") { json };
        filters.AddTo(command, withStatus: true);
        command.Subcommands.Add(ClusterShowCommand.Create("claim"));
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var claims = workspace.Store.Extractions.Claims(filters.Read(parse));
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(claims.ToArray(), CliJson.Default.ClaimListingArray));
                return 0;
            }

            foreach (var c in claims)
            {
                var speaker = c.SpeakerName is null ? c.SpeakerKind : $"{c.SpeakerName} ({c.SpeakerKind})";
                AnsiConsole.MarkupLine($"[bold]{c.SourceId}/{c.ClaimId}[/]  {StatusMarkup.Of(c.Status)}  {Markup.Escape(speaker)} [grey]{Markup.Escape(c.Cue ?? "-")}{(c.Direct ? ", quoted" : "")}{(c.Via is null ? "" : $", via {c.Via}")}[/]");
                AnsiConsole.MarkupLine($"    {Markup.Escape(CellText.Shorten(c.Text, 160))}");
            }

            AnsiConsole.MarkupLine($"[grey]{claims.Count} claim(s).[/]");
            return 0;
        });
        return command;
    }
}
