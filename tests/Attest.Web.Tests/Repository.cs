namespace Attest.Web.Tests;

/// <summary>Where the repository is, so tests find samples/ and write screenshots under TestResults/ at its root.</summary>
internal static class Repository
{
    public static string Root =>
        typeof(Repository).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
}
