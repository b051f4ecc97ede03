using System.CommandLine;
using Attest.Analysis.Resolution;
using Attest.Core.Knowledge;

namespace Attest.Cli.Commands.Entities;

/// <summary><c>attest entities split MENTION --label NAME</c>: this mention is not the record it was linked to, but a new one.</summary>
public static class EntitiesSplitCommand
{
    public static Command Create()
    {
        var mention = new Argument<string>("mention") { Description = "SOURCE/ENTITY as `attest entities` lists it." };
        var label = new Option<string?>("--label") { Description = "Label of the new record (default: the mention's name)." };
        var command = new Command("split", "Split a mention off its record into a new record (audited; survives re-extraction).") { mention, label };
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
                var name = parse.GetValue(label) ?? found.Entity.Name;
                // The source's id in the record id keeps two splits of the same name in different sources apart.
                var id = $"user:{found.Entity.Type}:{Slug.Of(name)}-{found.SourceId[..6]}";
                var actor = CommonOptions.ActorOf(parse);
                workspace.Store.Knowledge.Create(
                    EntityLinker.Candidate(found.Entity) with { Id = id, Label = name, Origin = KnowledgeRecord.FromUser }, actor);
                workspace.Store.Knowledge.LinkManually(found.SourceId, found.Entity.Id, found.Entity.Name,
                    [.. found.Entity.Mentions.Select(m => (m.Start, m.End))], id, actor);
                return $"Split {found.SourceId}/{found.Entity.Id} into new record {id} ({name}).";
            });
        });
        return command;
    }
}
