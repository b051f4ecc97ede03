using System.CommandLine;
using Attest.Cli;
using Attest.Cli.Commands;
using Spectre.Console;

// When output goes to a file or pipe there is no terminal width to respect; wrapping at 80 would only break lines.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 400;
}

// The host only composes commands; each command composes the library stages it needs.
var root = new RootCommand("Attest: capture sources losslessly, extract who claims what, search and verify the record.")
{
    InitCommand.Create(),
    AddCommand.Create(),
    SourcesCommand.Create(),
    SearchCommand.Create(),
    VerifyCommand.Create(),
    ExtractCommand.Create(),
    ClaimsCommand.Create(),
    EventsCommand.Create(),
    EntitiesCommand.Create(),
    KnowledgeCommand.Create(),
    ReextractCommand.Create(),
    ServeCommand.Create(),
    UsersCommand.Create(),
    ExportCommand.Create(),
    ImportCommand.Create(),
    FeedCommand.Create(),
    ReportCommand.Create(),
};
root.Options.Add(CommonOptions.Database);
root.Options.Add(CommonOptions.Actor);
root.Subcommands.Add(DemoCommand.Create(root));

return await root.Parse(args).InvokeAsync();
