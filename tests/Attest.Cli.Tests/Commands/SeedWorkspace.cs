namespace Attest.Cli.Tests.Commands;

/// <summary>One workspace with the seed corpus ingested, shared by the tests that only read it.</summary>
public sealed class SeedWorkspace : IDisposable
{
    private readonly TempFolder folder = new();

    public SeedWorkspace()
    {
        Init = CliRun.In(Root, "init");
        FirstAdd = CliRun.In(Root, "add", SharedCorpus.Seeds);
    }

    public string Root => folder.Path;
    internal CliRun Init { get; }
    internal CliRun FirstAdd { get; }

    public void Dispose() => folder.Dispose();
}
