using Attest.Analysis.Corroboration;
using Attest.Core.Extraction;
using Attest.Store.Corroboration;
using Attest.Store.Reviews;

namespace Attest.Workspace.Corroborating;

/// <summary>Clusters a stored source's events and claims with those of earlier sources, records disputes, and rates every cluster it touched.</summary>
public sealed class CorroborationTracking(AttestWorkspace workspace, ClusterMatcher matcher, SupportAssessor assessor)
{
    public CorroborationTracking(AttestWorkspace workspace)
        : this(workspace, new ClusterMatcher(), new SupportAssessor(Affiliations.Shipped, OutletFromKnowledge(workspace)))
    {
    }

    /// <summary>Rates again every cluster with an item from <paramref name="origin"/> that <paramref name="alreadyRated"/> does not hold:
    /// when a copy joined two origins into one, clusters holding both count one origin fewer.</summary>
    public void RateOrigin(string origin, IReadOnlyCollection<string> alreadyRated) =>
        Rate([.. workspace.Store.Corroboration.ClustersOfOrigin(origin).Except(alreadyRated, StringComparer.Ordinal)]);

    // An outlet the shipped table lacks may be in the knowledge base (a media record with its country, added by the team).
    private static Func<string, Affiliation?> OutletFromKnowledge(AttestWorkspace workspace)
    {
        var cache = new Dictionary<string, Affiliation?>(StringComparer.OrdinalIgnoreCase);
        return outlet =>
        {
            if (!cache.TryGetValue(outlet, out var found))
            {
                var record = workspace.Store.Knowledge.Find(outlet).FirstOrDefault(r => r.Type == "organization" && r.Country is not null);
                cache[outlet] = found = record is null ? null : new Affiliation(record.Label, "outlet", record.Country!);
            }

            return found;
        };
    }

    /// <returns>The clusters whose rating changed.</returns>
    public IReadOnlyList<string> Track(string sourceId, ExtractionResult extraction, string text, DateOnly? published, string actor)
    {
        var store = workspace.Store.Corroboration;
        var previous = store.ClustersTouchedBy(sourceId);
        var profiles = ItemProfiles.From(sourceId, WithoutRejected(sourceId, extraction), text, published);
        var lookup = profiles.SelectMany(ClusterIndex.LookupKeys).ToHashSet(StringComparer.Ordinal);
        var index = new ClusterIndex(matcher);
        var seeded = store.ItemsInBlocks(lookup, excludingSource: sourceId);
        foreach (var stored in seeded)
        {
            index.Seed(ItemProfileJson.Deserialize(stored.Profile), stored.ClusterId);
        }

        // Members outside the blocks still count for how far a cluster reaches in time.
        foreach (var (cluster, (first, last)) in store.Spans([.. seeded.Select(s => s.ClusterId)]))
        {
            index.SeedSpan(cluster, first, last);
        }

        var changes = profiles.Select(index.Add).ToList();

        // Later items of the same source can merge clusters an earlier one joined; ids are read back once all are in.
        var merges = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var merged in changes.SelectMany(c => c.Merged))
        {
            merges[merged] = index.ClusterOfItemOrCluster(merged);
        }

        var rows = profiles.Zip(changes, (p, c) => new ClusterItemRow(
            sourceId, p.Key[(sourceId.Length + 1)..], p.Kind, index.ClusterOfItem(p.Key)!, c.JoinedBecause, ItemProfileJson.Serialize(p),
            [.. ClusterIndex.IndexKeys(p)])).ToList();
        var disputes = changes.SelectMany(c => c.Disputes)
            .Select(d => (Cluster: index.ClusterOfItemOrCluster(d.Cluster!), d.DenialKey, d.Reason))
            .Select(d => new DisputeRow(d.Cluster, d.DenialKey[..d.DenialKey.IndexOf('/')], d.DenialKey[(d.DenialKey.IndexOf('/') + 1)..], d.Reason))
            .ToList();
        store.Save(sourceId, rows, merges, disputes, actor);

        var touched = rows.Select(r => r.ClusterId).Concat(disputes.Select(d => d.ClusterId)).Concat(merges.Values)
            .Distinct(StringComparer.Ordinal).ToList();
        Rate(touched);
        store.Forget([.. previous.Except(touched, StringComparer.Ordinal)]);
        Rate([.. previous.Except(touched, StringComparer.Ordinal)]);
        return touched;
    }

    // An item a person rejected is not evidence of anything: it joins no cluster and counts for no status.
    private ExtractionResult WithoutRejected(string sourceId, ExtractionResult extraction)
    {
        var rejected = workspace.Store.Reviews.ForSource(sourceId).Where(r => r.Decision == ItemReview.Rejected)
            .Select(r => (r.Kind, r.ItemId)).ToHashSet();
        return rejected.Count == 0
            ? extraction
            : extraction with
            {
                Claims = [.. extraction.Claims.Where(c => !rejected.Contains((ItemReview.Claim, c.Id)))],
                Events = [.. extraction.Events.Where(e => !rejected.Contains((ItemReview.Event, e.Id)))],
            };
    }

    /// <summary>Rates clusters again from their stored members and disputes (after copies were found, or sources re-extracted).</summary>
    public void Rate(IReadOnlyList<string> clusterIds)
    {
        var store = workspace.Store.Corroboration;
        var verdicts = new List<ClusterVerdictRow>();
        foreach (var id in clusterIds)
        {
            var members = store.Members(id);
            if (members.Count == 0)
            {
                continue;
            }

            var disputes = store.Disputes(id).Select(d => new DisputeEvidence(d.SourceId, d.ItemId, d.Passage, d.Reason)).ToList();
            var profiled = members.Select(m => new ClusterMember(ItemProfileJson.Deserialize(m.Profile), m.Origin, m.Outlet)).ToList();
            var verdict = assessor.Assess(profiled, disputes);
            var days = profiled.Select(m => m.Item.Day).OfType<DateOnly>().ToList();
            verdicts.Add(new ClusterVerdictRow(id, members[0].Kind, verdict.Status, verdict.Sources, verdict.Origins, verdict.Parties, verdict.Reasons,
                days.Count == 0 ? null : days.Min(), days.Count == 0 ? null : days.Max()));
        }

        store.SetVerdicts(verdicts);
    }
}
