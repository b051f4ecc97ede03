namespace Attest.Reports.Tests.Support;

/// <summary>The shared seed corpus (../shared/corpus/seeds) with a publication date for each seed, taken from what the text itself says.</summary>
internal static class PublishedSeeds
{
    // The seeds carry no metadata; these dates follow their own words (e.g. "Today, on February 5 … six-month-long lockdown" → 2020-02-05).
    public static readonly IReadOnlyDictionary<string, string> Dates = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["000_68d02cc476e38d1d.txt"] = "2020-02-05",
        ["001_2a2c45893aaa0968.txt"] = "2025-12-08",
        ["002_1360350e35a31059.txt"] = "2019-08-18",
        ["003_4686ff787691087b.txt"] = "2019-10-15",
        ["004_8735569db213d06a.txt"] = "2019-08-23",
    };

    public static string RepositoryRoot =>
        typeof(PublishedSeeds).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Folder
    {
        get
        {
            var seeds = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "seeds"));
            return Directory.Exists(seeds)
                ? seeds
                : throw new DirectoryNotFoundException($"The seed corpus is expected beside the repository, at {seeds}.");
        }
    }

    /// <summary>Every seed file with its date; a seed added to the corpus later is added undated.</summary>
    public static IEnumerable<(string Path, string? Published)> Files =>
        Directory.GetFiles(Folder).Order(StringComparer.Ordinal).Select(f => (f, Dates.GetValueOrDefault(Path.GetFileName(f))));
}
