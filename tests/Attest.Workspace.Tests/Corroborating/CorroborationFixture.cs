using Attest.Eval.Corroboration;
using Attest.Ingest;
using Attest.Text.Pipeline;
using Attest.Workspace.Adding;

namespace Attest.Workspace.Tests.Corroborating;

/// <summary>A workspace holding the labelled corroboration set: two seed articles (with their outlets), the hand-made reports of
/// eval/corroboration, and generated copies and partial reprints of every seed. Built once for all tests of the class.</summary>
public sealed class CorroborationFixture : IDisposable
{
    // Outlets and dates of the seeds used here: 002 and 004 as their gold files date them; both are Pakistani newspapers' reports.
    private static readonly (string Prefix, DateOnly Published, string? Outlet)[] SeedsUsed =
    [
        ("000_", new DateOnly(2021, 2, 5), null),
        ("001_", new DateOnly(2025, 12, 8), null),
        ("002_", new DateOnly(2019, 8, 20), "The News International"),
        ("003_", new DateOnly(2024, 10, 27), null),
        ("004_", new DateOnly(2019, 8, 23), "The Nation"),
    ];

    public CorroborationFixture()
    {
        Folder = Directory.CreateTempSubdirectory("attest-corroboration-");
        Workspace = AttestWorkspace.Init(Folder.FullName);
        var adder = new SourceAdder(Workspace, new SourceCaptureBuilder().UseDefaultReaders().Build(), ExtractionPipeline.Default);
        var random = new Random(20190816);
        var generated = Directory.CreateDirectory(Path.Combine(Folder.FullName, "generated"));
        foreach (var (prefix, published, outlet) in SeedsUsed)
        {
            var path = Directory.GetFiles(Repository.Seeds, prefix + "*.txt").Single();
            Add(adder, path, new CaptureOptions(Published: published, Outlet: outlet), prefix, seed: prefix, copyOf: null);
            foreach (var variant in SeedVariants.Of(prefix, File.ReadAllText(path), published, random))
            {
                var file = Path.Combine(generated.FullName, variant.Name + ".md");
                File.WriteAllText(file, $"---\ntitle: {variant.Title}\ndate: {variant.Published:yyyy-MM-dd}\noutlet: {variant.Outlet}\n---\n{variant.Text}");
                Add(adder, file, CaptureOptions.Default, variant.Name, variant.Seed, variant.CopyOf);
                Variants[variant.Name] = variant;
            }
        }

        foreach (var path in Directory.GetFiles(Path.Combine(Repository.Root, "eval", "corroboration", "documents")).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            Add(adder, path, CaptureOptions.Default, name, seed: name, copyOf: null);
        }

        Labels = EventLabels.Load(Path.Combine(Repository.Root, "eval", "corroboration", "labels.tsv"));
    }

    public DirectoryInfo Folder { get; }

    public AttestWorkspace Workspace { get; }

    public EventLabels Labels { get; }

    /// <summary>Every document added, by name: its source id, the seed or document it derives from, and what it copies.</summary>
    public Dictionary<string, (string SourceId, string Seed, string? CopyOf)> Documents { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SyntheticDocument> Variants { get; } = new(StringComparer.Ordinal);

    public string SourceIdOf(string name) => Documents[name].SourceId;

    public void Dispose()
    {
        Workspace.Dispose();
        Folder.Delete(recursive: true);
    }

    private void Add(SourceAdder adder, string path, CaptureOptions options, string name, string seed, string? copyOf)
    {
        var outcome = adder.AddAsync(path, options, "test").ToBlockingEnumerable().Single();
        Documents[name] = (outcome.SourceId ?? throw new InvalidOperationException($"{path}: {outcome.Reason}"), seed, copyOf);
    }
}
