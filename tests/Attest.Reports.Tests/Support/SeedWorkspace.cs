namespace Attest.Reports.Tests.Support;

/// <summary>One workspace with every seed added under its publication date, shared by the tests that only read it.</summary>
public sealed class SeedWorkspace : IDisposable
{
    private readonly TempFolder folder = new();

    public SeedWorkspace()
    {
        Check(CliRun.In(Root, "init"));
        foreach (var (path, published) in PublishedSeeds.Files)
        {
            Check(published is null ? CliRun.In(Root, "add", path) : CliRun.In(Root, "add", path, "--published", published));
        }
    }

    public string Root => folder.Path;

    /// <summary>A file in a fresh sub-folder of the test's temporary folder (outside the workspace's own files).</summary>
    public string OutputPath(string name) => Path.Combine(Directory.CreateDirectory(Path.Combine(Root, "out", Guid.NewGuid().ToString("N")[..8])).FullName, name);

    internal CliRun Run(params string[] args) => CliRun.In(Root, args);

    public void Dispose() => folder.Dispose();

    private static void Check(CliRun run)
    {
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"setting up the seed workspace failed: {run.Error}");
        }
    }
}

/// <summary>The test classes that share one seed workspace (built once: adding the seeds takes a few seconds).</summary>
[CollectionDefinition(Name)]
public sealed class SeedWorkspaceCollection : ICollectionFixture<SeedWorkspace>
{
    public const string Name = "seed workspace";
}
