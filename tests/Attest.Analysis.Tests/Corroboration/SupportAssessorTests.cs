using Attest.Analysis.Corroboration;
using Attest.Core.Corroboration;

namespace Attest.Analysis.Tests.Corroboration;

/// <summary>The status rules in the README, in their order.</summary>
public sealed class SupportAssessorTests
{
    private readonly SupportAssessor assessor = new(Affiliations.Shipped);

    [Fact]
    public void A_denial_makes_any_cluster_contested_however_well_supported()
    {
        var verdict = assessor.Assess([Member("a", "Reuters", "person"), Member("b", "Dawn", "person")],
            [new DisputeEvidence("c", "c1", "India has no role in it", "Ministry of External Affairs denies it")]);

        Assert.Equal(SupportStatus.Contested, verdict.Status);
        Assert.Contains(verdict.Reasons, r => r.Contains("Ministry of External Affairs denies it", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_origins_that_all_rest_on_unnamed_sources_are_anonymous_only()
    {
        var verdict = assessor.Assess([Member("a", "Dawn", "anonymous"), Member("b", "The Hindu", "anonymous")], []);

        Assert.Equal(SupportStatus.AnonymousOnly, verdict.Status);
        Assert.Equal(0, verdict.NamedOrigins);
    }

    [Fact]
    public void Copies_of_one_text_under_several_mastheads_are_a_single_source()
    {
        var verdict = assessor.Assess([Member("a", "Dawn", "person", origin: "a"), Member("b", "Daily Times", "person", origin: "a")], []);

        Assert.Equal(SupportStatus.SingleSource, verdict.Status);
        Assert.Equal((2, 1), (verdict.Sources, verdict.Origins));
        Assert.Contains(verdict.Reasons, r => r.Contains("copies of one text", StringComparison.Ordinal));
    }

    [Fact]
    public void Independent_origins_from_one_partys_press_are_one_sided()
    {
        var verdict = assessor.Assess([Member("a", "Dawn", "person"), Member("b", "Associated Press of Pakistan", "person"), Member("c", "The News", "anonymous")], []);

        Assert.Equal(SupportStatus.OneSided, verdict.Status);
        Assert.Equal(["PAK"], verdict.Parties);
    }

    [Fact]
    public void A_second_party_or_an_international_wire_corroborates()
    {
        var twoParties = assessor.Assess([Member("a", "Dawn", "person"), Member("b", "Hindustan Times", "organization")], []);
        var wire = assessor.Assess([Member("a", "Dawn", "person"), Member("b", "Reuters", "person")], []);
        var unBody = assessor.Assess([Member("a", "Dawn", "person"), Member("b", null, "person", speaker: "UNMOGIP")], []);

        Assert.Equal(SupportStatus.Corroborated, twoParties.Status);
        Assert.Equal(["IND", "PAK"], twoParties.Parties);
        Assert.Equal(SupportStatus.Corroborated, wire.Status);
        Assert.Contains(wire.Reasons, r => r.Contains("neutral", StringComparison.Ordinal));
        Assert.Equal(SupportStatus.Corroborated, unBody.Status);
    }

    [Fact]
    public void Independent_accounts_giving_very_different_tolls_are_contested_and_name_both_numbers()
    {
        var verdict = assessor.Assess(
            [Counted("a", "Dawn", new ReportedCount("killed", "civilian", 3, 3, "three civilians")),
             Counted("b", "Reuters", new ReportedCount("killed", "civilian", 9, 9, "nine civilians"))], []);

        Assert.Equal(SupportStatus.Contested, verdict.Status);
        var reason = Assert.Single(verdict.Reasons, r => r.StartsWith("Accounts differ", StringComparison.Ordinal));
        Assert.Contains("“three civilians” (Dawn, source a) against “nine civilians” (Reuters, source b)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_toll_that_rises_a_little_or_counts_other_people_or_comes_from_copies_of_one_text_is_not_a_conflict()
    {
        var rising = assessor.Assess(
            [Counted("a", "Dawn", new ReportedCount("killed", "civilian", 2, 2, "two civilians")),
             Counted("b", "Reuters", new ReportedCount("killed", "civilian", 3, 3, "three civilians"))], []);
        var others = assessor.Assess(
            [Counted("a", "Dawn", new ReportedCount("killed", "civilian", 3, 3, "three civilians")),
             Counted("b", "Reuters", new ReportedCount("injured", "civilian", 9, 9, "nine civilians"))], []);
        var copies = assessor.Assess(
            [Counted("a", "Dawn", new ReportedCount("killed", "civilian", 3, 3, "three civilians")),
             Counted("b", "Daily Times", new ReportedCount("killed", "civilian", 9, 9, "nine civilians"), origin: "a")], []);

        Assert.Equal(SupportStatus.Corroborated, rising.Status);
        Assert.Equal(SupportStatus.Corroborated, others.Status);
        Assert.Equal(SupportStatus.SingleSource, copies.Status);
    }

    private static ClusterMember Counted(string source, string outlet, ReportedCount count, string? origin = null)
    {
        var member = Member(source, outlet, "person", origin);
        return member with { Item = member.Item with { Root = "19", Counts = [count] } };
    }

    private static ClusterMember Member(string source, string? outlet, string speakerKind, string? origin = null, string? speaker = null) => new(
        new ItemProfile(ItemProfile.EventKind, $"{source}/v1", source, new DateOnly(2019, 8, 17), "2019-08-16", "04", "United Nations Security Council", null,
            null, null, "New York", speakerKind, speaker ?? (speakerKind == "anonymous" ? "sources" : "an official"), null, ["consult", "council", "kashmir"], false),
        origin ?? source, outlet);
}
