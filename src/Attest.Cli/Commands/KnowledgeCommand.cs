using System.CommandLine;
using System.Text.Json;
using Attest.Core.Knowledge;

namespace Attest.Cli.Commands;

/// <summary><c>attest knowledge export|import</c>: the knowledge base as JSON Lines, so teams can share and review packs.</summary>
public static class KnowledgeCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("file") { Description = "Where to write (- for standard output)." };
        var export = new Command("export", "Write every record (names, who uses them, roles) as JSON Lines.") { output };
        export.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var path = parse.GetValue(output)!;
            using var writer = path == "-" ? Console.Out : new StreamWriter(path);
            var count = 0;
            foreach (var record in workspace.Store.Knowledge.ActiveRecords())
            {
                writer.WriteLine(JsonSerializer.Serialize(record, CliJson.Compact.KnowledgeRecord));
                count++;
            }

            Console.Error.WriteLine($"{count} record(s) exported.");
            return 0;
        });

        var input = new Argument<FileInfo>("file") { Description = "A JSON Lines file written by `knowledge export` (or by hand)." };
        var import = new Command("import", "Add records, names and roles from a JSON Lines file; existing records gain what is new (audited).") { input };
        import.SetAction(parse =>
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

            var records = new List<KnowledgeRecord>();
            var failed = 0;
            var number = 0;
            foreach (var line in File.ReadLines(file.FullName))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    var record = JsonSerializer.Deserialize(line, CliJson.Compact.KnowledgeRecord);
                    if (record is null || string.IsNullOrWhiteSpace(record.Id) || string.IsNullOrWhiteSpace(record.Label))
                    {
                        throw new JsonException("a record needs an id and a label");
                    }

                    records.Add(record with { Names = record.Names ?? [], Roles = record.Roles ?? [] });
                }
                catch (JsonException ex)
                {
                    Console.Error.WriteLine($"{file.Name}:{number}: not a knowledge record ({ex.Message})");
                    failed++;
                }
            }

            var added = workspace.Store.Knowledge.SeedPack(records, CommonOptions.ActorOf(parse), "knowledge.import");
            Console.Error.WriteLine($"{added} new record(s), {records.Count - added} updated, {failed} line(s) refused.");
            return failed > 0 ? 1 : 0;
        });
        return new Command("knowledge", "Share the knowledge base as plain files.") { export, import };
    }
}
