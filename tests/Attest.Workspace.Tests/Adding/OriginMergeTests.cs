using Attest.Core.Corroboration;
using Attest.Store.Extractions;

namespace Attest.Workspace.Tests.Adding;

/// <summary>A source that copies two texts merges their origins, and the clusters they shared are rated again even when
/// the copy itself has no item in them.</summary>
public sealed class OriginMergeTests : IDisposable
{
    // Fictional, in the world of the demo samples: each side's outlet reports the same shelling, each with a background paragraph.
    private const string ValdorianWire = """
        ---
        title: Kestrian shelling hits Orsk, Valdoria says
        date: 2026-03-03
        outlet: Northern Press Agency
        ---
        VALDOR: Kestrian artillery shelled the village of Orsk in the Sarn Valley on Monday night, Foreign Minister Aurel Danek said on Tuesday.

        The Sarn Valley has been divided since the 1998 ceasefire, and both countries claim it in full. Farmers on both sides of the Line of Separation still cross it each spring to reach their orchards, and the valley's two market towns trade salt, wool and apricots much as they did a century ago. Relief agencies keep warehouses in Lenta and in Dal Crossing, stocked before every winter, when snow closes the only road for three months.
        """;

    private const string KestrianTelevision = """
        ---
        title: Kestria says its guns answered fire near Orsk
        date: 2026-03-03
        outlet: Kestrian State Television
        ---
        KEST: Kestrian artillery shelled firing positions near the village of Orsk late on Monday in answer to Valdorian mortar fire, Defence Minister Hana Vesk told parliament on Tuesday.

        Parliament's defence committee meets in closed session every Thursday during the spring session, and its reports are published a month later with the names of serving officers removed. The committee's chair, a former schoolteacher from the northern hills, has sat in parliament for five terms and is known for long speeches about the price of bread in the border districts.
        """;

    private readonly TempWorkspace temp = new();

    private AttestWorkspace Workspace => temp.Workspace;

    [Fact]
    public void A_feature_reprinting_both_reports_background_makes_them_one_origin_so_their_shelling_is_single_source()
    {
        var valdorian = temp.Add("npa.md", ValdorianWire);
        var kestrian = temp.Add("kst.md", KestrianTelevision);
        var shelling = Workspace.Store.Extractions.Events(new ItemFilter(Source: kestrian)).Single(e => e.Text.Contains("shelled", StringComparison.Ordinal));
        var before = Workspace.Store.Corroboration.Cluster(shelling.ClusterId!)!;
        Assert.Contains(before.Members, m => m.SourceId == valdorian);
        Assert.Equal(2, before.Origins);

        // A feature that reprints the background paragraph of each report (not the shelling): a copy of both texts.
        var feature = temp.Add("feature.md", "---\ntitle: Sarn Valley background\ndate: 2026-03-04\n---\n" + Background(ValdorianWire) + "\n\n" + Background(KestrianTelevision));

        var origins = Workspace.Store.Sources.List().ToDictionary(s => s.Id, s => s.CopyOrigin ?? s.Id);
        Assert.Equal(origins[valdorian], origins[kestrian]);
        Assert.Equal(origins[valdorian], origins[feature]);
        var after = Workspace.Store.Corroboration.Cluster(Workspace.Store.Corroboration.ClusterOf(kestrian, shelling.EventId)!)!;
        Assert.DoesNotContain(after.Members, m => m.SourceId == feature);
        Assert.Equal(1, after.Origins);
        Assert.Equal(SupportStatus.SingleSource, after.Status);
    }

    public void Dispose() => temp.Dispose();

    private static string Background(string report) => report.Split("\n\n")[^1].Trim();

}
