using System.CommandLine;
using Attest.Reports.Exports.Jsonl;

namespace Attest.Cli.Commands;

/// <summary><c>attest import --format jsonl FILE</c>: reads another workspace's export, keeping every source's hash; idempotent.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "jsonl (written by `attest export --format jsonl`).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var input = new Argument<FileInfo>("file") { Description = "The export to read." };
        var command = new Command("import", "Import sources (original bytes, text, metadata, extraction), knowledge links and records from an export.")
        {
            format, input,
        };
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"{file}: no such file");
                return 2;
            }

            var outcome = new JsonlImport(workspace, CommonOptions.ActorOf(parse)).Import(file.FullName, Console.Error);
            Console.Error.WriteLine(
                $"{outcome.SourcesAdded} source(s) added, {outcome.SourcesPresent} already present, {outcome.RecordsAdded} knowledge record(s) added, " +
                $"{outcome.LinksSaved} link(s), {outcome.ItemsChecked} event/claim line(s) read, {outcome.LinesRefused} line(s) refused.");
            return outcome.LinesRefused > 0 ? 1 : 0;
        });
        return command;
    }
}
