using System.CommandLine;
using Attest.Core.Knowledge;

namespace Attest.Cli.Commands.Entities;

/// <summary><c>attest entities alias add RECORD NAME</c>: another name of a record, with who uses it.</summary>
public static class EntitiesAliasCommand
{
    public static Command Create()
    {
        var record = new Argument<string>("record") { Description = "The record (id or unique name)." };
        var name = new Argument<string>("name") { Description = "The new name." };
        var usedBy = new Option<string?>("--used-by") { Description = "Who uses this name (e.g. \"Indian government and press\")." };
        var language = new Option<string>("--language") { Description = "ISO 639-1 language of the name.", DefaultValueFactory = _ => "en" };
        var add = new Command("add", "Add a name to a record (audited).") { record, name, usedBy, language };
        add.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            return KnowledgeCorrection.Run(() =>
            {
                workspace.Store.Knowledge.AddName(parse.GetValue(record)!, new RecordName(parse.GetValue(name)!, parse.GetValue(language), parse.GetValue(usedBy)),
                    CommonOptions.ActorOf(parse));
                return $"Added the name \"{parse.GetValue(name)}\" to {parse.GetValue(record)}.";
            });
        });
        return new Command("alias", "Names of a record.") { add };
    }
}
