using System.CommandLine;
using Attest.Cli.Commands;

// The host only composes commands; each command composes the library stages it needs.
var root = new RootCommand("Attest: capture sources losslessly, extract who claims what, search and verify the record.")
{
    ExtractCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
