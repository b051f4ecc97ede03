using System.CommandLine;

namespace Attest.Cli.Commands.Entities;

/// <summary><c>attest entities link MENTION RECORD</c>: a human decision that this mention is this record.</summary>
public static class EntitiesLinkCommand
{
    public static Command Create()
    {
        var mention = new Argument<string>("mention") { Description = "SOURCE/ENTITY as `attest entities` lists it." };
        var record = new Argument<string>("record") { Description = "The record it refers to (id or unique name)." };
        var command = new Command("link", "Link a mention to a record by hand (audited; survives re-extraction).") { mention, record };
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            if (MentionReference.Resolve(workspace, parse.GetValue(mention)!, out var error) is not { } found)
            {
                Console.Error.WriteLine(error);
                return 1;
            }

            return KnowledgeCorrection.Run(() =>
            {
                var target = workspace.Store.Knowledge.Find(parse.GetValue(record)!) is [var only] ? only.Id : parse.GetValue(record)!;
                workspace.Store.Knowledge.LinkManually(found.SourceId, found.Entity.Id, found.Entity.Name,
                    [.. found.Entity.Mentions.Select(m => (m.Start, m.End))], target, CommonOptions.ActorOf(parse));
                return $"Linked {found.SourceId}/{found.Entity.Id} \"{found.Entity.Name}\" to {target}.";
            });
        });
        return command;
    }
}
