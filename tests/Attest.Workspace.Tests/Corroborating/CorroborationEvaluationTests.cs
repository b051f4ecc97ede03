using Attest.Core.Corroboration;
using Attest.Eval.Corroboration;
using Attest.Store.Extractions;
using Xunit.Abstractions;

namespace Attest.Workspace.Tests.Corroborating;

/// <summary>Measures copy detection and event clustering on the labelled set (seed variants plus hand-made reports) and checks
/// the statuses the seed corpus must get.</summary>
public sealed class CorroborationEvaluationTests(CorroborationFixture set, ITestOutputHelper output) : IClassFixture<CorroborationFixture>
{
    [Fact]
    public void Copy_detection_groups_copies_and_reprints_with_their_original_and_nothing_else()
    {
        var origins = set.Workspace.Store.Sources.List().ToDictionary(s => s.Id, s => s.CopyOrigin ?? s.Id);
        var documents = set.Documents.Select(d => (Name: d.Key, d.Value.SourceId, Group: d.Value.CopyOf ?? d.Key)).ToList();
        var score = PairwiseScore.Of(documents, d => origins[d.SourceId], d => d.Group);
        output.WriteLine($"copy detection over {documents.Count} documents: {score}");
        Assert.True(score.Precision >= 0.95 && score.Recall >= 0.95, score.ToString());
    }

    [Fact]
    public void Event_clusters_reach_pairwise_F1_of_at_least_0_85()
    {
        var events = LabelledEvents();
        var all = PairwiseScore.Of(events, e => e.Cluster, e => e.Gold);
        var independent = PairwiseScore.Of(events, e => e.Cluster, e => e.Gold, (a, b) => a.Group != b.Group);
        output.WriteLine($"event clusters over {events.Count} events: {all}");
        output.WriteLine($"pairs across independent documents only: {independent}");
        foreach (var label in events.Where(e => !e.Gold.Contains('#')).GroupBy(e => e.Gold))
        {
            output.WriteLine($"labelled {label.Key}: " + string.Join(", ", label.Select(e => $"{e.Group}:{e.Text} → {e.Cluster}")));
        }

        foreach (var split in events.GroupBy(e => e.Gold).Where(g => g.Select(e => e.Cluster).Distinct().Count() > 1).Take(15))
        {
            output.WriteLine($"split event {split.Key}: " + string.Join(", ", split.Select(e => $"{e.Group}:{e.Text} → {e.Cluster}")));
        }

        foreach (var group in events.GroupBy(e => e.Cluster).Where(g => g.Select(e => e.Gold).Distinct().Count() > 1).Take(15))
        {
            output.WriteLine($"mixed cluster {group.Key}: " + string.Join(", ", group.Select(e => e.Gold).Distinct()));
        }
        Assert.True(all.F1 >= 0.85, all.ToString());
    }

    [Fact]
    public void Security_Council_consultations_reported_only_by_Pakistani_outlets_are_one_sided()
    {
        // Seed 002 tells it through an anonymous official; Dawn and the state agency APP quote named Pakistani officials.
        var claim = set.Workspace.Store.Extractions.Claims(new ItemFilter(Source: set.SourceIdOf("002_")))
            .Single(c => c.Text.Contains("raising the Kashmir issue at the UNSC meeting", StringComparison.Ordinal));
        var cluster = set.Workspace.Store.Corroboration.Cluster(claim.ClusterId!)!;
        var described = string.Join(" | ", cluster.Reasons) + " :: " + string.Join(" | ", cluster.Members.Select(m => m.Outlet + ": " + m.Passage));
        Assert.True(cluster.Status == SupportStatus.OneSided, described);
        Assert.Equal(["PAK"], cluster.Parties);
        Assert.Contains(cluster.Members, m => m.SourceId == set.SourceIdOf("dawn-unsc-consultations.md"));
        Assert.Contains(cluster.Members, m => m.SourceId == set.SourceIdOf("app-unsc-consultations.md"));
        Assert.Contains(cluster.Reasons, r => r.Contains("all from one party (PAK)", StringComparison.Ordinal));
    }

    [Fact]
    public void Claims_of_seed_002_resting_on_sources_and_an_official_are_anonymous_only()
    {
        var claims = set.Workspace.Store.Extractions.Claims(new ItemFilter(Source: set.SourceIdOf("002_"), Speaker: "anonymous"));
        var notElsewhere = claims.Where(c => set.Workspace.Store.Corroboration.Cluster(c.ClusterId!)!.Members.All(m => IsCopyOf002(m.SourceId))).ToList();
        Assert.NotEmpty(notElsewhere);
        Assert.All(notElsewhere, c => Assert.Equal(SupportStatus.AnonymousOnly, c.Status));
    }

    [Fact]
    public void Lightly_edited_copy_under_a_new_headline_has_the_seed_as_its_origin()
    {
        var origins = set.Workspace.Store.Sources.List().ToDictionary(s => s.Id, s => s.CopyOrigin);
        Assert.Equal(set.SourceIdOf("002_"), origins[set.SourceIdOf("002_copy1")]);
        Assert.Equal(set.SourceIdOf("004_"), origins[set.SourceIdOf("004_copy2")]);
    }

    [Fact]
    public void A_denied_assertion_is_contested_and_names_the_denial()
    {
        var claim = set.Workspace.Store.Extractions.Claims(new ItemFilter(Source: set.SourceIdOf("nation-trump-mediation.md")))
            .Single(c => c.Text.Contains("mediate", StringComparison.Ordinal));
        Assert.Equal(SupportStatus.Contested, claim.Status);
        var cluster = set.Workspace.Store.Corroboration.Cluster(claim.ClusterId!)!;
        Assert.Contains(cluster.Disputes, d => d.SourceId == set.SourceIdOf("thehindu-mediation-denial.md"));
    }

    [Fact]
    public void An_event_confirmed_by_an_international_wire_is_corroborated()
    {
        var crackdown = set.Workspace.Store.Extractions.Events(new ItemFilter(Source: set.SourceIdOf("reuters-srinagar-protest.md")))
            .First(e => e.Text.Contains("cracked down", StringComparison.Ordinal));
        var cluster = set.Workspace.Store.Corroboration.Cluster(crackdown.ClusterId!)!;
        Assert.Equal(SupportStatus.Corroborated, cluster.Status);
        Assert.Contains(cluster.Members, m => m.SourceId == set.SourceIdOf("002_"));
    }

    [Fact]
    public void Every_cluster_has_a_status_and_reasons()
    {
        var store = set.Workspace.Store.Corroboration;
        var ids = store.ClusterIds();
        Assert.NotEmpty(ids);
        Assert.All(ids, id =>
        {
            var cluster = store.Cluster(id);
            Assert.NotNull(cluster);
            Assert.True(SupportStatus.IsKnown(cluster.Status), cluster.Status);
            Assert.True(cluster.Reasons.Count >= 2, $"{id}: {string.Join(" | ", cluster.Reasons)}");
        });
    }

    private bool IsCopyOf002(string sourceId) =>
        set.Documents.Values.Any(d => d.SourceId == sourceId && (d.Seed == "002_"));

    private List<LabelledEvent> LabelledEvents()
    {
        var byId = set.Documents.ToDictionary(d => d.Value.SourceId, d => d.Key);
        var events = new List<LabelledEvent>();
        foreach (var (sourceId, name) in byId)
        {
            var text = set.Workspace.Store.Sources.Get(sourceId)!.Text;
            var sentences = SeedVariants.SentencesOf(text);
            var (_, seed, copyOf) = set.Documents[name];
            var listed = set.Workspace.Store.Extractions.Events(new ItemFilter(Source: sourceId, Limit: 10_000));
            foreach (var e in listed)
            {
                var index = sentences.ToList().FindIndex(s => s.Start <= e.Start && e.End <= s.End);

                // Two events of one kind in one sentence ("calls on the world and urges India") are two events: their order tells them apart.
                var ordinal = listed.Count(o => o.Root == e.Root && o.Start < e.Start && index >= 0
                                               && sentences[index].Start <= o.Start && o.End <= sentences[index].End);
                var sentence = index < 0 ? e.Text : text[sentences[index].Start..sentences[index].End];

                // A variant's sentence is the seed's sentence it copies; a seed's or hand-made report's is its own.
                var seedSentence = set.Variants.TryGetValue(name, out var variant) ? variant.SeedSentenceOf(sentence) ?? -1 - index : index;
                var gold = set.Labels.Of(seed, sentence, e.Text) ?? $"{seed}#{seedSentence}#{e.Root}#{ordinal}";
                events.Add(new LabelledEvent(e.ClusterId ?? $"{sourceId}/{e.EventId}", gold, copyOf ?? name, e.Text));
            }
        }

        return events;
    }

    private sealed record LabelledEvent(string Cluster, string Gold, string Group, string Text);
}
