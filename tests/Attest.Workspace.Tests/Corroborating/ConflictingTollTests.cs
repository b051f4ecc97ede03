using Attest.Core.Corroboration;
using Attest.Ingest;
using Attest.Store.Extractions;
using Attest.Text.Pipeline;
using Attest.Workspace.Adding;

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

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("attest-toll-");
    private readonly AttestWorkspace workspace;

    public ConflictingTollTests() => workspace = AttestWorkspace.Init(folder.FullName);

    [Fact]
    public void Independent_reports_of_one_shelling_with_twelve_and_two_killed_are_contested_and_say_why()
    {
        var valdorian = Add("npa.md", ValdorianWire);
        var kestrian = Add("kst.md", KestrianTelevision);

        var killing = workspace.Store.Extractions.Events(new ItemFilter(Source: kestrian)).Single(e => e.Text.Contains("killing", StringComparison.Ordinal));
        var cluster = workspace.Store.Corroboration.Cluster(killing.ClusterId!)!;

        Assert.Contains(cluster.Members, m => m.SourceId == valdorian);
        Assert.Equal(SupportStatus.Contested, cluster.Status);
        var reason = Assert.Single(cluster.Reasons, r => r.StartsWith("Accounts differ", StringComparison.Ordinal));
        Assert.Contains("“two civilians” (Kestrian State Television", reason, StringComparison.Ordinal);
        Assert.Contains("“12 civilians” (Northern Press Agency", reason, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        workspace.Dispose();
        folder.Delete(recursive: true);
    }

    private string Add(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        var adder = new SourceAdder(workspace, new SourceCaptureBuilder().UseDefaultReaders().Build(), ExtractionPipeline.Default);
        var outcome = adder.AddAsync(path, CaptureOptions.Default, "test").ToBlockingEnumerable().Single();
        return outcome.SourceId ?? throw new InvalidOperationException($"{name}: {outcome.Reason}");
    }
}
