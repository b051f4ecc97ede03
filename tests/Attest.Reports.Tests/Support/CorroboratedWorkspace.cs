namespace Attest.Reports.Tests.Support;

/// <summary>The dated seeds plus the corroboration evaluation reports (eval/corroboration/documents): clusters with several sources and a contested one.</summary>
public sealed class CorroboratedWorkspace : IDisposable
{
    private readonly TempFolder folder = new();

    public CorroboratedWorkspace()
    {
        CliRun.In(Root, "init");
        foreach (var (path, published) in PublishedSeeds.Files)
        {
            CliRun.In(Root, published is null ? ["add", path] : ["add", path, "--published", published]);
        }

        var added = CliRun.In(Root, "add", Path.Combine(PublishedSeeds.RepositoryRoot, "eval", "corroboration", "documents"));
        if (added.ExitCode != 0)
        {
            throw new InvalidOperationException($"adding the evaluation reports failed: {added.Error}");
        }
    }

    public string Root => folder.Path;

    public string OutputPath(string name) => Path.Combine(Directory.CreateDirectory(Path.Combine(Root, "out", Guid.NewGuid().ToString("N")[..8])).FullName, name);

    internal CliRun Run(params string[] args) => CliRun.In(Root, args);

    public void Dispose() => folder.Dispose();
}
