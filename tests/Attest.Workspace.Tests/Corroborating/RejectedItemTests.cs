using Attest.Core.Corroboration;
using Attest.Store.Extractions;
using Attest.Workspace.Corroborating;

namespace Attest.Workspace.Tests.Corroborating;

/// <summary>What a person rejected is not evidence: it leaves its cluster, and the cluster is rated without it.</summary>
public sealed class RejectedItemTests : IDisposable
{
    private readonly TempWorkspace temp = new();

    private AttestWorkspace Workspace => temp.Workspace;

    [Fact]
    public void A_rejected_event_leaves_the_cluster_it_shared_with_another_outlet_and_no_longer_counts_as_a_second_source()
    {
        // Dawn and the state agency APP both report the Security Council consultations of 16 August 2019.
        var dawn = temp.AddFile(Document("dawn-unsc-consultations.md"));
        var app = temp.AddFile(Document("app-unsc-consultations.md"));
        // Each report may tell the meeting more than once ("the consultations", "the council met"): take the pair that joined.
        var dawnEvent = Consultations(dawn);
        var appEvent = Workspace.Store.Extractions.Events(new ItemFilter(Source: app)).First(e => e.ClusterId == dawnEvent.ClusterId);
        Assert.Equal(2, Workspace.Store.Corroboration.Cluster(appEvent.ClusterId!)!.Sources);

        var extraction = Workspace.Store.Extractions.Get(dawn)!;
        var rejected = extraction.Events.Single(e => e.Id == dawnEvent.EventId);
        Workspace.Store.Reviews.Review(dawn, rejected, "rejected", "analyst", "the passage is background, not a report of the meeting");
        var source = Workspace.Store.Sources.Get(dawn)!;
        new CorroborationTracking(Workspace).Track(dawn, Workspace.Store.Extractions.Get(dawn)!, source.Text, source.Metadata.Published, "analyst");

        var after = Workspace.Store.Corroboration.Cluster(Workspace.Store.Corroboration.ClusterOf(app, appEvent.EventId)!)!;
        Assert.DoesNotContain(after.Members, m => m.SourceId == dawn && m.ItemId == dawnEvent.EventId);
        Assert.Equal(1, after.Sources);
        Assert.Equal(SupportStatus.SingleSource, after.Status);
        Assert.Null(Workspace.Store.Corroboration.ClusterOf(dawn, dawnEvent.EventId));
    }

    public void Dispose() => temp.Dispose();

    private static string Document(string name) => Path.Combine(Repository.Root, "eval", "corroboration", "documents", name);


    private EventListing Consultations(string sourceId) =>
        Workspace.Store.Extractions.Events(new ItemFilter(Source: sourceId)).First(e => e.Root == "04" && e.ClusterId is not null
            && Workspace.Store.Corroboration.Cluster(e.ClusterId)!.Sources == 2);
}
