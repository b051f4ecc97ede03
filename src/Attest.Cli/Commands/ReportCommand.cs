using System.CommandLine;
using Attest.Reports.Dossier;
using Attest.Reports.Model;

namespace Attest.Cli.Commands;

/// <summary><c>attest report --title … --out FILE.html|.pdf|.docx</c>: a cited dossier of the selected events and claims.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var filters = new ExportFilterOptions();
        var title = new Option<string>("--title") { Description = "The dossier's title.", DefaultValueFactory = _ => "Attest dossier" };
        var output = new Option<string>("--out") { Description = "The file to write: .html, .pdf (printed by headless Chromium) or .docx.", Required = true };
        var template = new Option<DirectoryInfo?>("--template") { Description = "A folder with dossier.liquid and/or dossier.css to use instead of the built-in layout (see templates/report)." };
        var command = new Command("report", "Write a dossier: summary, footnoted chronology, claims by speaker, contested items, charts, map, methods, source annex.")
        {
            title, output, template,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            if (!DossierWriter.Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
            {
                Console.Error.WriteLine($"{path}: the dossier's format comes from its extension: use {string.Join(", ", DossierWriter.Extensions)}");
                return 2;
            }

            var folder = parse.GetValue(template);
            if (folder is { Exists: false })
            {
                Console.Error.WriteLine($"{folder}: no such template folder");
                return 2;
            }

            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            try
            {
                var layout = ReportTemplate.Load(folder?.FullName);
                var set = new ExportBuilder(workspace.Store).Build(filters.Read(parse));
                var model = DossierBuilder.Build(set, parse.GetValue(title)!, DateTimeOffset.UtcNow, layout.Css, new ClusterEvidence(workspace.Store));
                DossierWriter.Write(model, layout, path);
                Console.Error.WriteLine($"report: {path} — {model.EventCount} event(s), {model.ClaimCount} claim(s), {model.Footnotes.Count} footnote(s), {model.SourceCount} source(s); layout {layout.Origin}.");
                return 0;
            }
            catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or TimeoutException or IOException)
            {
                Console.Error.WriteLine($"report: {path} not written: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
