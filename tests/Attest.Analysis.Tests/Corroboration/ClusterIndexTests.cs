using Attest.Analysis.Corroboration;

namespace Attest.Analysis.Tests.Corroboration;

/// <summary>Incremental clustering: who joins whom, and how far in time one cluster may reach.</summary>
public sealed class ClusterIndexTests
{
    private const string Rejection =
        "Pakistan rejects the unilateral actions of India in occupied Kashmir and will raise the matter at every international forum";

    private const string Shelling = "Indian troops shelled forward villages along the Line of Control in Poonch, injuring two civilians";

    [Fact]
    public void Reports_of_one_shelling_a_day_apart_join_one_cluster()
    {
        var index = new ClusterIndex(new ClusterMatcher());
        var day = new DateOnly(2019, 9, 1);

        var first = index.Add(Event("a", day, Shelling));
        var second = index.Add(Event("b", day.AddDays(1), Shelling));
        var third = index.Add(Event("c", day.AddDays(2), Shelling));

        Assert.Equal(first.Cluster, second.Cluster);
        Assert.Equal(first.Cluster, third.Cluster);
        Assert.NotNull(third.JoinedBecause);
    }

    [Fact]
    public void The_same_words_restated_every_fortnight_do_not_chain_into_one_cluster_spanning_months()
    {
        var index = new ClusterIndex(new ClusterMatcher());
        var start = new DateOnly(2020, 1, 6);

        // Each statement matches the one before it (same words, 14 days apart, inside the claim window of 30 days).
        var clusters = Enumerable.Range(0, 8).Select(i => index.Add(Claim($"s{i}", start.AddDays(14 * i), Rejection)).Cluster).ToList();

        Assert.True(clusters.Distinct().Count() >= 3, string.Join(", ", clusters));
        Assert.All(clusters.Distinct(), c =>
        {
            var (first, last) = index.SpanOf(c)!.Value;
            Assert.InRange(last.DayNumber - first.DayNumber, 0, new ClusterMatcher().ClaimDayWindow);
        });
    }

    [Fact]
    public void A_stored_clusters_reach_in_time_keeps_out_a_report_its_seeded_members_alone_would_admit()
    {
        var day = new DateOnly(2019, 9, 5);
        var early = new ClusterIndex(new ClusterMatcher());
        early.Seed(Event("b", day, Shelling), "E-stored");
        Assert.Equal("E-stored", early.Add(Event("x", day.AddDays(2), Shelling)).Cluster);

        // The same stored cluster, whose members outside the blocks go back to 1 September: 4 + 2 days is more than it may reach.
        var late = new ClusterIndex(new ClusterMatcher());
        late.Seed(Event("b", day, Shelling), "E-stored");
        late.SeedSpan("E-stored", day.AddDays(-4), day);
        Assert.NotEqual("E-stored", late.Add(Event("x", day.AddDays(3), Shelling)).Cluster);
    }

    [Fact]
    public void Two_clusters_that_each_hold_an_item_of_one_source_are_not_merged_by_a_third_source()
    {
        var index = new ClusterIndex(new ClusterMatcher());
        var day = new DateOnly(2019, 9, 1);

        // One report telling two shellings of one kind on one day: its two events stay apart even when another report matches both.
        var one = index.Add(Event("a", day, Shelling, item: "v1"));
        var two = index.Add(Event("a", day, Shelling + " again", item: "v2"));
        var third = index.Add(Event("b", day, Shelling + " again"));

        Assert.NotEqual(one.Cluster, two.Cluster);
        Assert.Empty(third.Merged);
    }

    private static ItemProfile Event(string source, DateOnly day, string text, string item = "v1") =>
        new(ItemProfile.EventKind, $"{source}/{item}", source, day, null, "19", "Indian troops", "IND", "civilians", null, "Poonch",
            "author", null, null, ContentTerms.Of(text), false);

    private static ItemProfile Claim(string source, DateOnly day, string text) =>
        new(ItemProfile.ClaimKind, $"{source}/c1", source, day, null, "", null, null, null, null, null,
            "organization", "Foreign Office", "PAK", ContentTerms.Of(text), false);
}
