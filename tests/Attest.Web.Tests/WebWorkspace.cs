using Attest.Ingest;
using Attest.Text.Pipeline;
using Attest.Web.Accounts;
using Attest.Workspace;
using Attest.Workspace.Adding;

namespace Attest.Web.Tests;

/// <summary>
/// A temporary workspace with the fictional samples and the seed corpus added through the real add flow, and one user per role
/// (passwords below, one API token each), shared by the tests of a class.
/// </summary>
public sealed class WebWorkspace : IDisposable
{
    public const string AdminName = "ada";
    public const string AnalystName = "ana";
    public const string ViewerName = "vic";
    public const string Password = "long-enough-password";

    public WebWorkspace()
        : this(withSeeds: true)
    {
    }

    /// <param name="withSeeds">Also add the seed corpus (../shared/corpus/seeds) when it is there; the samples are always added.</param>
    private WebWorkspace(bool withSeeds, string? database = null)
    {
        Root = Directory.CreateTempSubdirectory("attest-web-").FullName;
        using var workspace = AttestWorkspace.Init(Root, database);
        var adder = new SourceAdder(workspace, new SourceCaptureBuilder().UseDefaultReaders().Build(), ExtractionPipeline.Default);
        foreach (var input in Inputs(withSeeds))
        {
            foreach (var outcome in adder.AddAsync(input, CaptureOptions.Default, "test-setup").ToBlockingEnumerable())
            {
                if (outcome.Kind == AddOutcomeKind.Failed)
                {
                    throw new InvalidOperationException($"test setup could not add {outcome.Input}: {outcome.Reason}");
                }
            }
        }

        foreach (var (name, role) in new[] { (AdminName, "admin"), (AnalystName, "analyst"), (ViewerName, "viewer") })
        {
            workspace.Store.Accounts.Add(name, role, PasswordHashing.Hash(Password), "test-setup");
            Tokens[name] = workspace.Store.Accounts.NewToken(name, "test-setup")!;
        }
    }

    public string Root { get; }

    /// <summary>A smaller workspace with the fictional samples only, for tests that change every source.</summary>
    public static WebWorkspace SamplesOnly() => new(withSeeds: false);

    /// <summary>The samples in a workspace whose database is the PostgreSQL one given.</summary>
    public static WebWorkspace SamplesOnPostgres(string connectionString) => new(withSeeds: false, connectionString);

    public Dictionary<string, string> Tokens { get; } = [];

    public AttestWorkspace Open() => AttestWorkspace.Open(WorkspaceLayout.FindFrom(Root)!);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A server still closing may hold the database a moment; the OS cleans temp folders anyway.
        }
    }

    private static IEnumerable<string> Inputs(bool withSeeds)
    {
        yield return Path.Combine(Repository.Root, "samples");
        if (!withSeeds)
        {
            yield break;
        }

        var seeds = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "corpus", "seeds"));
        if (Directory.Exists(seeds))
        {
            yield return seeds;
        }
    }
}
