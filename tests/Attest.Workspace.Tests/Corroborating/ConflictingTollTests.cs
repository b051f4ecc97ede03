using Attest.Core.Corroboration;
using Attest.Store.Extractions;

namespace Attest.Workspace.Tests.Corroborating;

/// <summary>Two independent accounts of one shelling that give very different death tolls are conflicting accounts.</summary>
public sealed class ConflictingTollTests : IDisposable
{
    // Fictional, in the world of the demo samples: each side's outlet reports the same night's shelling of Orsk.
    private const string ValdorianWire = """
        ---
        title: Kestrian shelling kills 12 in Orsk, Valdoria says
        date: 2026-03-03
        outlet: Northern Press Agency
        ---
        VALDOR: Kestrian artillery shelled the village of Orsk in the Sarn Valley on Monday night, killing 12 civilians, Foreign Minister Aurel Danek said on Tuesday.
        """;

    private const string KestrianTelevision = """
        ---
        title: Kestria says two killed in Orsk exchange
        date: 2026-03-03
        outlet: Kestrian State Television
        ---
        KEST: Kestrian artillery shelled the village of Orsk late on Monday in answer to Valdorian mortar fire, killing two civilians, Defence Minister Hana Vesk told parliament on Tuesday. She said the army had targeted only the firing positions.
        """;

    private readonly TempWorkspace temp = new();

    private AttestWorkspace Workspace => temp.Workspace;

    [Fact]
    public void Independent_reports_of_one_shelling_with_twelve_and_two_killed_are_contested_and_say_why()
    {
        var valdorian = temp.Add("npa.md", ValdorianWire);
        var kestrian = temp.Add("kst.md", KestrianTelevision);

        var killing = Workspace.Store.Extractions.Events(new ItemFilter(Source: kestrian)).Single(e => e.Text.Contains("killing", StringComparison.Ordinal));
        var cluster = Workspace.Store.Corroboration.Cluster(killing.ClusterId!)!;

        Assert.Contains(cluster.Members, m => m.SourceId == valdorian);
        Assert.Equal(SupportStatus.Contested, cluster.Status);
        var reason = Assert.Single(cluster.Reasons, r => r.StartsWith("Accounts differ", StringComparison.Ordinal));
        Assert.Contains("“two civilians” (Kestrian State Television", reason, StringComparison.Ordinal);
        Assert.Contains("“12 civilians” (Northern Press Agency", reason, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

}
