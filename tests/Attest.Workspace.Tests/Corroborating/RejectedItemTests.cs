using Attest.Core.Corroboration;
using Attest.Ingest;
using Attest.Store.Extractions;
using Attest.Text.Pipeline;
using Attest.Workspace.Adding;
using Attest.Workspace.Corroborating;

namespace Attest.Workspace.Tests.Corroborating;

/// <summary>What a person rejected is not evidence: it leaves its cluster, and the cluster is rated without it.</summary>
public sealed class RejectedItemTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("attest-rejected-");
    private readonly AttestWorkspace workspace;

    public RejectedItemTests() => workspace = AttestWorkspace.Init(folder.FullName);

    [Fact]
    public void A_rejected_event_leaves_the_cluster_it_shared_with_another_outlet_and_no_longer_counts_as_a_second_source()
    {
        // Dawn and the state agency APP both report the Security Council consultations of 16 August 2019.
        var dawn = Add("dawn-unsc-consultations.md");
        var app = Add("app-unsc-consultations.md");
        var dawnEvent = Consultations(dawn);
        var appEvent = Consultations(app);
        Assert.Equal(dawnEvent.ClusterId, appEvent.ClusterId);
        Assert.Equal(2, workspace.Store.Corroboration.Cluster(appEvent.ClusterId!)!.Sources);

        var extraction = workspace.Store.Extractions.Get(dawn)!;
        var rejected = extraction.Events.Single(e => e.Id == dawnEvent.EventId);
        workspace.Store.Reviews.Review(dawn, rejected, "rejected", "analyst", "the passage is background, not a report of the meeting");
        var source = workspace.Store.Sources.Get(dawn)!;
        new CorroborationTracking(workspace).Track(dawn, workspace.Store.Extractions.Get(dawn)!, source.Text, source.Metadata.Published, "analyst");

        var after = workspace.Store.Corroboration.Cluster(workspace.Store.Corroboration.ClusterOf(app, appEvent.EventId)!)!;
        Assert.DoesNotContain(after.Members, m => m.SourceId == dawn && m.ItemId == dawnEvent.EventId);
        Assert.Equal(1, after.Sources);
        Assert.Equal(SupportStatus.SingleSource, after.Status);
        Assert.Null(workspace.Store.Corroboration.ClusterOf(dawn, dawnEvent.EventId));
    }

    public void Dispose()
    {
        workspace.Dispose();
        folder.Delete(recursive: true);
    }

    private string Add(string name)
    {
        var adder = new SourceAdder(workspace, new SourceCaptureBuilder().UseDefaultReaders().Build(), ExtractionPipeline.Default);
        var path = Path.Combine(Repository.Root, "eval", "corroboration", "documents", name);
        var outcome = adder.AddAsync(path, CaptureOptions.Default, "test").ToBlockingEnumerable().Single();
        return outcome.SourceId ?? throw new InvalidOperationException($"{name}: {outcome.Reason}");
    }

    private EventListing Consultations(string sourceId) =>
        workspace.Store.Extractions.Events(new ItemFilter(Source: sourceId)).First(e => e.Root == "04" && e.ClusterId is not null
            && workspace.Store.Corroboration.Cluster(e.ClusterId)!.Sources == 2);
}
