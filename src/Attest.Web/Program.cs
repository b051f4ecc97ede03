using Attest.Web;

// Standalone start (tests and `dotnet Attest.Web.dll --Attest:Workspace=…`); `attest serve` composes the same host.
await AttestWebHost.Build(args).RunAsync();

/// <summary>The entry point, named so functional tests can start the application with WebApplicationFactory.</summary>
public partial class Program;
