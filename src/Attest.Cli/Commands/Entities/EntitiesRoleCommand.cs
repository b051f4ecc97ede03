using System.CommandLine;
using Attest.Core.Knowledge;

namespace Attest.Cli.Commands.Entities;

/// <summary><c>attest entities role add RECORD ROLE --country C --from D [--to D]</c>: a role held over a period.</summary>
public static class EntitiesRoleCommand
{
    public static Command Create()
    {
        var record = new Argument<string>("record") { Description = "The person's record (id or unique name)." };
        var role = new Argument<string>("role") { Description = "The role, e.g. \"foreign minister\"." };
        var country = new Option<string?>("--country") { Description = "ISO alpha-3 of the country the role is in." };
        var from = DateOption.Create("--from", "First day in the role.");
        from.Required = true;
        var to = DateOption.Create("--to", "Last day in the role (omit while still held).");
        var add = new Command("add", "Add a role held over a period (audited).") { record, role, country, from, to };
        add.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            return KnowledgeCorrection.Run(() =>
            {
                workspace.Store.Knowledge.AddRole(parse.GetValue(record)!,
                    new RecordRole(parse.GetValue(role)!, parse.GetValue(country)?.ToUpperInvariant(), parse.GetValue(from)!.Value, parse.GetValue(to)),
                    CommonOptions.ActorOf(parse));
                return $"Added the role \"{parse.GetValue(role)}\" to {parse.GetValue(record)}.";
            });
        });
        return new Command("role", "Roles of a record over time.") { add };
    }
}
