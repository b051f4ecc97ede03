namespace Attest.Cli.Commands;

/// <summary>Finds the shared seed corpus (<c>../shared/corpus/seeds</c> beside the repository) for the demo, when it is there.</summary>
public static class DemoSeeds
{
    public static string? Find()
    {
        // The program runs from the repository's build output; walk up to the repository and look beside it.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "..", "shared", "corpus", "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "Attest.sln")) && Directory.Exists(seeds))
            {
                return Path.GetFullPath(seeds);
            }
        }

        return null;
    }
}
