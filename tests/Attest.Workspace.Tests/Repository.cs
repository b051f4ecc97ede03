namespace Attest.Workspace.Tests;

/// <summary>Finds the repository and the shared seed corpus that sits beside it (../shared/corpus/seeds).</summary>
internal static class Repository
{
    public static string Root =>
        typeof(Repository).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Seeds
    {
        get
        {
            var seeds = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "seeds"));
            return Directory.Exists(seeds)
                ? seeds
                : throw new DirectoryNotFoundException($"The seed corpus is expected beside the repository, at {seeds}.");
        }
    }
}
