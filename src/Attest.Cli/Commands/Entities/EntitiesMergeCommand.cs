using System.CommandLine;

namespace Attest.Cli.Commands.Entities;

/// <summary><c>attest entities merge A B</c>: A and B are one real actor or place; A's names, roles and mentions move to B.</summary>
public static class EntitiesMergeCommand
{
    public static Command Create()
    {
        var from = new Argument<string>("from") { Description = "The record to merge away (id or unique name)." };
        var into = new Argument<string>("into") { Description = "The record that remains (id or unique name)." };
        var command = new Command("merge", "Merge two records into one (audited; survives re-extraction).") { from, into };
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            return KnowledgeCorrection.Run(() =>
            {
                var merged = workspace.Store.Knowledge.Merge(parse.GetValue(from)!, parse.GetValue(into)!, CommonOptions.ActorOf(parse));
                return $"Merged into {merged.Id} ({merged.Label}); it now has {merged.Names.Count} name(s).";
            });
        });
        return command;
    }
}
