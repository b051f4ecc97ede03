namespace Attest.Workspace.Tests;

/// <summary>Finds the repository and the shared corpora that sit beside it (../shared/corpus/seeds and news).</summary>
internal static class Repository
{
    public static string Root =>
        typeof(Repository).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The news development set (../shared/corpus/news).</summary>
    public static string News => Corpus("news");

    public static string Seeds => Corpus("seeds");

    private static string Corpus(string name)
    {
        var folder = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", name));
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"The {name} corpus is expected beside the repository, at {folder}.");
    }
}
