using System.Globalization;

namespace Attest.Analysis.Corroboration;

/// <summary>Incremental clustering: each item added joins the clusters of the earlier items it matches (merging them if several)
/// or starts its own, and denials are tied to what they dispute. Candidates come from blocks (CAMEO root or family and week for events,
/// distinctive words for claims), so an item is compared with a few neighbours, not with everything.</summary>
public sealed class ClusterIndex(ClusterMatcher matcher)
{
    // A word shared by this many items says nothing about which ones match; skipping such blocks keeps the cost bounded at scale.
    private const int MaxBlockSize = 2_000;

    // Only the longest words of an item index it: long words are rarer, so fewer, better candidates.
    private const int IndexedTerms = 4;

    private readonly Dictionary<string, Member> members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> sizes = new(StringComparer.Ordinal);

    // The sources in each cluster (by its current id): two clusters that both hold items of one source were kept apart on purpose.
    private readonly Dictionary<string, HashSet<string>> sources = new(StringComparer.Ordinal);

    // The first and last day of each cluster's items (by its current id). Matching is pairwise, so without a bound a chain of
    // reports each a few days after the last would drift into one cluster spanning years: the same words restated every
    // fortnight are new statements, as the matcher's windows say for any two of them.
    private readonly Dictionary<string, DaySpan> spans = new(StringComparer.Ordinal);
    private readonly Dictionary<BlockKey, List<string>> blocks = [];

    public int Count => members.Count;

    /// <summary>How many candidate pairs have been compared: the cost that blocking keeps near-linear.</summary>
    public long Comparisons { get; private set; }

    /// <summary>Adds an item already clustered earlier (loaded from the store) without comparing it.</summary>
    public void Seed(ItemProfile item, string clusterId)
    {
        if (members.TryAdd(item.Key, new Member(item, clusterId)))
        {
            parent.TryAdd(clusterId, clusterId);
            var root = Find(clusterId);
            sizes[root] = sizes.GetValueOrDefault(root) + 1;
            SourcesOf(root).Add(item.SourceId);
            Widen(root, item);
            Index(item);
        }
    }

    /// <summary>Tells the index how far in time a stored cluster already reaches (its members not seeded count too).</summary>
    public void SeedSpan(string clusterId, DateOnly first, DateOnly last)
    {
        parent.TryAdd(clusterId, clusterId);
        var root = Find(clusterId);
        var span = new DaySpan(first.DayNumber, last.DayNumber);
        spans[root] = spans.TryGetValue(root, out var known) ? known.With(span) : span;
    }

    /// <summary>The first and last day of a cluster's items, when any has a day.</summary>
    public (DateOnly First, DateOnly Last)? SpanOf(string clusterId) =>
        spans.TryGetValue(Find(clusterId), out var span) ? (DateOnly.FromDayNumber(span.First), DateOnly.FromDayNumber(span.Last)) : null;

    /// <summary>Clusters a new item against everything seeded or added before it.</summary>
    public ClusterChange Add(ItemProfile item)
    {
        if (members.TryGetValue(item.Key, out var known))
        {
            return new ClusterChange(item.Key, ClusterOf(known.Cluster), null, [], []);
        }

        var joins = new List<(string Cluster, string Reason, string With, double Score)>();
        var disputes = new List<Dispute>();
        foreach (var other in Candidates(item))
        {
            Comparisons++;
            var otherCluster = ClusterOf(other.Cluster);
            if (matcher.Match(item, other.Item) is { } reason)
            {
                joins.Add((otherCluster, reason, other.Item.Key, ContentTerms.Overlap(item.Terms, other.Item.Terms)));
            }
            else if (matcher.Disputes(item, other.Item) is { } against)
            {
                disputes.Add(new Dispute(otherCluster, item.Key, against));
            }
            else if (matcher.Disputes(other.Item, item) is { } by)
            {
                disputes.Add(new Dispute(null, other.Item.Key, by));
            }
        }

        // The best match decides; other matched clusters merge in only when no source has items in both, since a source's own
        // items are never compared and two of them in one cluster would mean two events of one report were made one.
        var clusters = joins.OrderByDescending(j => j.Score).Select(j => j.Cluster).Distinct(StringComparer.Ordinal).ToList();

        // Each test looks from the smaller set into the larger, so a large cluster costs no more than a small one.
        var merging = new List<string>();
        var reach = item.Day is { } day ? new DaySpan(day.DayNumber, day.DayNumber) : (DaySpan?)null;
        string? told = null;
        if (item.Account is { } account && members.TryGetValue(account, out var main))
        {
            // The report's main event told again joins it first, whatever it matches elsewhere.
            told = ClusterOf(main.Cluster);
            merging.Add(told);
            reach = Combine(reach, spans.TryGetValue(told, out var mainSpan) ? mainSpan : null);
        }

        foreach (var candidate in clusters)
        {
            if (candidate == told)
            {
                continue;
            }

            var its = SourcesOf(candidate);
            if (its.Contains(item.SourceId) || merging.Any(m => Overlap(its, SourcesOf(m))))
            {
                continue;
            }

            var widened = Combine(reach, spans.TryGetValue(candidate, out var span) ? span : null);
            if (widened is { } w && w.Days > MaxSpanDays(item))
            {
                continue;
            }

            merging.Add(candidate);
            reach = widened;
        }

        string cluster;
        var merged = new List<string>();
        if (merging.Count == 0)
        {
            cluster = NewClusterId(item);
            parent[cluster] = cluster;
            sizes[cluster] = 0;
        }
        else
        {
            // The largest cluster keeps its id, so merging is cheap in the store and identifiers users have seen mostly survive.
            cluster = merging.OrderByDescending(c => sizes.GetValueOrDefault(c)).ThenBy(c => c, StringComparer.Ordinal).First();
            foreach (var other in merging.Where(c => c != cluster))
            {
                parent[other] = cluster;
                sizes[cluster] = sizes.GetValueOrDefault(cluster) + sizes.GetValueOrDefault(other);

                // The smaller set is poured into the larger one, which then serves the merged cluster.
                var (into, from) = SourcesOf(cluster).Count >= SourcesOf(other).Count
                    ? (SourcesOf(cluster), SourcesOf(other))
                    : (SourcesOf(other), SourcesOf(cluster));
                into.UnionWith(from);
                sources[cluster] = into;
                sources.Remove(other);
                if (spans.Remove(other, out var otherSpan))
                {
                    spans[cluster] = spans.TryGetValue(cluster, out var own) ? own.With(otherSpan) : otherSpan;
                }

                merged.Add(other);
            }
        }

        Widen(cluster, item);
        SourcesOf(cluster).Add(item.SourceId);
        members[item.Key] = new Member(item, cluster);
        sizes[cluster] = sizes.GetValueOrDefault(cluster) + 1;
        Index(item);
        var why = joins.Where(j => ClusterOf(j.Cluster) == cluster).OrderByDescending(j => j.Score).FirstOrDefault();
        var joinedBecause = merging.Count == 0 ? null
            : why.Reason is null ? $"its report tells the same attack again (with {item.Account})"
            : $"{why.Reason} (with {why.With})";
        if (item.Disputes is { } answered && members.TryGetValue(answered, out var statement))
        {
            // "The army disputes the claim": the statement the report told before, and the event it told, are disputed.
            disputes.Add(new Dispute(ClusterOf(statement.Cluster), item.Key,
                $"{(item.Actor is null or "unknown" ? "a speaker" : item.Actor)} disputes what {statement.Item.SpeakerName ?? "the report"} said ({statement.Item.Key})"));
        }

        var resolved = disputes.Select(d => d with { Cluster = d.Cluster is null ? cluster : ClusterOf(d.Cluster) }).ToList();
        return new ClusterChange(item.Key, cluster, joinedBecause, merged, resolved);
    }

    /// <summary>The cluster an item belongs to now (after any merges), or null for an item never seen.</summary>
    public string? ClusterOfItem(string key) => members.TryGetValue(key, out var m) ? ClusterOf(m.Cluster) : null;

    /// <summary>The cluster a cluster id now belongs to (itself unless it was merged into another).</summary>
    public string ClusterOfItemOrCluster(string cluster) => Find(cluster);

    private string ClusterOf(string cluster) => Find(cluster);

    private HashSet<string> SourcesOf(string cluster)
    {
        if (!sources.TryGetValue(cluster, out var set))
        {
            sources[cluster] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }

    private static bool Overlap(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        foreach (var source in small)
        {
            if (large.Contains(source))
            {
                return true;
            }
        }

        return false;
    }

    // How far apart in time the items of one cluster may lie: the widest window in which the matcher joins two of them.
    private int MaxSpanDays(ItemProfile item) => item.Kind == ItemProfile.EventKind ? 2 * matcher.DayWindow : matcher.ClaimDayWindow;

    private void Widen(string cluster, ItemProfile item)
    {
        if (item.Day is { } day)
        {
            var own = new DaySpan(day.DayNumber, day.DayNumber);
            spans[cluster] = spans.TryGetValue(cluster, out var span) ? span.With(own) : own;
        }
    }

    private static DaySpan? Combine(DaySpan? a, DaySpan? b) => a is { } x ? (b is { } y ? x.With(y) : x) : b;

    private string Find(string cluster)
    {
        var root = cluster;
        while (parent.TryGetValue(root, out var up) && up != root)
        {
            root = up;
        }

        // Path compression: later look-ups of this chain take one step.
        while (cluster != root && parent.TryGetValue(cluster, out var next))
        {
            parent[cluster] = root;
            cluster = next;
        }

        return root;
    }

    private static string NewClusterId(ItemProfile item) => (item.Kind == ItemProfile.EventKind ? "E-" : "C-") + item.Key.Replace('/', '-');

    private IEnumerable<Member> Candidates(ItemProfile item)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { item.Key };
        foreach (var key in LookupBlocks(item))
        {
            if (!blocks.TryGetValue(key, out var block) || block.Count > MaxBlockSize)
            {
                continue;
            }

            foreach (var memberKey in block)
            {
                if (seen.Add(memberKey))
                {
                    yield return members[memberKey];
                }
            }
        }
    }

    private void Index(ItemProfile item)
    {
        foreach (var key in IndexBlocks(item))
        {
            if (!blocks.TryGetValue(key, out var block))
            {
                blocks[key] = block = [];
            }

            block.Add(item.Key);
        }
    }

    /// <summary>Blocks an item is filed under: events by CAMEO root and week; every item by its longest words; denials by all their words.</summary>
    public static IEnumerable<string> IndexKeys(ItemProfile item) => IndexBlocks(item).Select(b => b.ToString());

    /// <summary>Blocks to look in for an item's candidates: its event block and the weeks around it, or its words.</summary>
    public static IEnumerable<string> LookupKeys(ItemProfile item) => LookupBlocks(item).Select(b => b.ToString());

    private static IEnumerable<BlockKey> IndexBlocks(ItemProfile item)
    {
        if (item.Kind == ItemProfile.EventKind)
        {
            yield return new BlockKey('e', item.Root, Week(item));
            if (CameoFamily.Of(item.Root) is var family && family != item.Root)
            {
                yield return new BlockKey('e', family, Week(item)); // an "attack" is found by a "strike" of the same week
            }
        }

        // Denials are few and short, so all their words index them: whatever later report they dispute will share one.
        var terms = item.Denial ? item.Terms : item.Terms.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Take(IndexedTerms);
        var period = Period(item);
        foreach (var term in terms)
        {
            yield return new BlockKey(item.Denial ? 'd' : 't', term, period);
        }
    }

    private static IEnumerable<BlockKey> LookupBlocks(ItemProfile item)
    {
        if (item.Kind == ItemProfile.EventKind && !item.Denial)
        {
            // The week before and after too: a three-day window can straddle a week boundary.
            var week = Week(item);
            var family = CameoFamily.Of(item.Root);
            foreach (var block in family == item.Root ? [item.Root] : new[] { item.Root, family })
            {
                yield return new BlockKey('e', block, week);
                if (week >= 0)
                {
                    yield return new BlockKey('e', block, week - 1);
                    yield return new BlockKey('e', block, week + 1);
                }
            }
        }

        // Words are filed by four-week period, so the same words a year apart never meet; the neighbouring periods cover the windows.
        var period = Period(item);
        var periods = period < 0 ? 1 : 3;
        for (var p = 0; p < periods; p++)
        {
            var near = period < 0 ? period : period - 1 + p;
            foreach (var term in item.Terms)
            {
                if (item.Kind != ItemProfile.EventKind || item.Denial)
                {
                    yield return new BlockKey('t', term, near);
                }

                yield return new BlockKey('d', term, near);
            }
        }
    }

    private static int Period(ItemProfile item) => item.Day is { } day ? day.DayNumber / 28 : -1;

    private static int Week(ItemProfile item) => item.Day is { } day ? day.DayNumber / 7 : -1;

    /// <summary>A block: events by CAMEO root and week (<c>e</c>), items by word and period (<c>t</c>), denials by word and period (<c>d</c>).</summary>
    private readonly record struct BlockKey(char Kind, string Value, int Time)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}:{Value}:{Time}");
    }

    private sealed record Member(ItemProfile Item, string Cluster);

    /// <summary>The first and last day (as day numbers) of a cluster's items.</summary>
    private readonly record struct DaySpan(int First, int Last)
    {
        public int Days => Last - First;

        public DaySpan With(DaySpan other) => new(Math.Min(First, other.First), Math.Max(Last, other.Last));
    }
}

/// <summary>What adding one item changed: the cluster it is in, why it joined, clusters merged into it, and disputes found.</summary>
/// <param name="Merged">Clusters that now belong to <paramref name="Cluster"/> because this item matched members of each.</param>
public sealed record ClusterChange(string Key, string Cluster, string? JoinedBecause, IReadOnlyList<string> Merged, IReadOnlyList<Dispute> Disputes);

/// <summary>A denial and the cluster it disputes.</summary>
public sealed record Dispute(string? Cluster, string DenialKey, string Reason);
