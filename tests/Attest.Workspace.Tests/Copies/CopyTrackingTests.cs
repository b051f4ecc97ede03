using Attest.Workspace.Copies;

namespace Attest.Workspace.Tests.Copies;

/// <summary>How a reprint is tied to the text it reprints.</summary>
public sealed class CopyTrackingTests : IDisposable
{
    private readonly TempWorkspace temp = new();

    [Fact]
    public void A_text_reprinted_many_times_links_each_new_reprint_to_a_few_of_them_and_always_to_the_original()
    {
        var seed = File.ReadAllText(Directory.GetFiles(Repository.Seeds, "002_*.txt").Single());
        var original = temp.Add("original.txt", seed);
        var reprints = Enumerable.Range(1, CopyTracking.LinksPerOrigin + 3)
            .Select(i => temp.Add($"reprint{i}.md", $"---\ntitle: Masthead {i} reprints the report\n---\nFrom our correspondent {i}.\n\n{seed}"))
            .ToList();

        var last = reprints[^1];
        var links = temp.Workspace.Store.Copies.LinksOf(last).Where(l => l.SourceId == last).ToList();
        var origins = temp.Workspace.Store.Sources.List().ToDictionary(s => s.Id, s => s.CopyOrigin ?? s.Id);

        Assert.Equal(CopyTracking.LinksPerOrigin, links.Count);
        Assert.Contains(links, l => l.CopyOf == original);
        Assert.All(reprints, r => Assert.Equal(original, origins[r]));
    }

    public void Dispose() => temp.Dispose();
}
