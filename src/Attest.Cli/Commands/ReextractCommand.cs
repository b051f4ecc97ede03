using System.CommandLine;
using Attest.Text.Pipeline;
using Attest.Workspace.Reextracting;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest reextract</c>: runs the current pipeline over every stored source again; human decisions are kept.</summary>
public static class ReextractCommand
{
    public static Command Create()
    {
        var command = new Command("reextract", "Extract every stored source again with the current pipeline and re-link entities; corrections made by hand are kept.");
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var reextractor = new Reextractor(workspace, ExtractionPipeline.Default);
            var actor = CommonOptions.ActorOf(parse);
            var count = AnsiConsole.Profile.Capabilities.Interactive
                ? AnsiConsole.Status().Start("Re-extracting…", context => reextractor.Run(actor, new Progress<int>(n => context.Status($"Re-extracting… {n} source(s) done"))))
                : reextractor.Run(actor);
            Console.Out.WriteLine($"Re-extracted {count} source(s).");
            return 0;
        });
        return command;
    }
}
