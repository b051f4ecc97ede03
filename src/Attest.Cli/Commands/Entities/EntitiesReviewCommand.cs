using System.CommandLine;
using Spectre.Console;

namespace Attest.Cli.Commands.Entities;

/// <summary><c>attest entities review</c>: the links the machine flagged as ambiguous, for a person to decide.</summary>
public static class EntitiesReviewCommand
{
    public static Command Create()
    {
        var command = new Command("review", "List ambiguous links (several records fit) to decide with `entities link`.");
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var links = workspace.Store.Knowledge.Ambiguous();
            foreach (var link in links)
            {
                AnsiConsole.MarkupLine($"{link.SourceId}/{link.EntityId}  \"{Markup.Escape(link.Matched)}\" → {Markup.Escape(string.Join(" | ", link.Alternatives.Prepend(link.RecordId).Distinct()))}");
            }

            AnsiConsole.MarkupLine($"[grey]{links.Count} ambiguous link(s).[/]");
            return 0;
        });
        return command;
    }
}
