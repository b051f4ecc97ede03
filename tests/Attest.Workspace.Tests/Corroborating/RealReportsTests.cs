using Attest.Core.Corroboration;
using Attest.Ingest;
using Attest.Store.Extractions;

namespace Attest.Workspace.Tests.Corroborating;

/// <summary>Real reports of one event by outlets of different sides, in their own words: the Al-Mawasi strike of 10 September
/// 2024 told by AFP, The Times of Israel and The National (../shared/corpus/news 26–28, scenario D0).</summary>
public sealed class RealReportsTests : IDisposable
{
    private static readonly DateOnly Day = new(2024, 9, 10);

    private readonly TempWorkspace temp = new();

    [Fact]
    public void Three_outlets_reports_of_one_strike_are_one_contested_cluster_of_three_origins_that_shows_the_dispute()
    {
        var afp = Add("26_afp_mawasi-humanitarian-zone-strike.txt", "AFP");
        var israeli = Add("27_timesofisrael_idf-mawasi-strike-targets.txt", "The Times of Israel");
        var emirati = Add("28_thenational_al-mawasi-safe-zone-strike.txt", "The National");

        var lead = temp.Workspace.Store.Extractions.Events(new ItemFilter(Source: afp))
            .First(e => e.Text.Contains("killed 40 people", StringComparison.Ordinal));
        var cluster = temp.Workspace.Store.Corroboration.Cluster(lead.ClusterId!)!;
        var described = string.Join(" | ", cluster.Reasons);

        Assert.Equal(3, cluster.Origins);
        Assert.Contains(cluster.Members, m => m.SourceId == israeli);
        Assert.Contains(cluster.Members, m => m.SourceId == emirati);
        Assert.True(cluster.Status == SupportStatus.Contested, described);
        Assert.Contains(cluster.Reasons, r => r.Contains("Israel Defense Forces disputes what Hamas authorities said", StringComparison.Ordinal));
        Assert.Contains(cluster.Members, m => m.SourceId == afp && m.Passage.Contains("killed 40 people", StringComparison.Ordinal));
    }

    private string Add(string file, string outlet) =>
        temp.AddFile(Path.Combine(Repository.News, file), CaptureOptions.Default with { Published = Day, Outlet = outlet });

    public void Dispose() => temp.Dispose();
}
