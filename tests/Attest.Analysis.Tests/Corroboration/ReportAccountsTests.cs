using Attest.Analysis.Corroboration;
using Attest.Core.Extraction;
using Attest.Text;
using Attest.Text.Pipeline;

namespace Attest.Analysis.Tests.Corroboration;

/// <summary>A report's main use of force told again, and a rejection of a statement told before, on invented reports.</summary>
public sealed class ReportAccountsTests
{
    private static ExtractionResult Extract(string text) =>
        ExtractionPipeline.Default.Extract(text, new DocumentContext(new DateOnly(2026, 3, 3), null, null, "en"));

    [Fact]
    public void The_attack_named_again_later_in_the_report_is_one_account_of_the_first()
    {
        const string text = "Valdorian drones struck a market in Varnok on Monday. "
            + "Nine civilians were wounded in the strike, witnesses said. A separate ambush killed two soldiers in Tarn last week.";
        var extraction = Extract(text);
        var accounts = ReportAccounts.Of(extraction, text);
        var main = extraction.Events.First(e => e.Root is "18" or "19");
        var again = extraction.Events.Single(e => text[e.Start..e.End].Contains("in the strike", StringComparison.Ordinal));

        Assert.Equal(main.Id, accounts[again.Id]);
        Assert.DoesNotContain(extraction.Events.Where(e => text[e.Start..e.End].Contains("ambush", StringComparison.Ordinal)), e => accounts.ContainsKey(e.Id));
    }

    [Fact]
    public void Disputing_the_claim_disputes_what_the_statement_before_it_told()
    {
        const string text = "Health officials claimed that 30 people were killed in the shelling of Varnok. The army disputed the claim on Tuesday.";
        var extraction = Extract(text);
        var disputes = DisputedStatements.Of(extraction);
        var rejection = extraction.Events.Single(e => e.Root == "12");
        var killing = extraction.Events.First(e => e.Root == "18");

        Assert.Equal(killing.Id, disputes[rejection.Id]);
    }

    [Fact]
    public void Rejecting_a_proposal_disputes_nothing_told_before()
    {
        const string text = "Health officials said that 30 people were killed in the shelling of Varnok. The army rejected the proposal on Tuesday.";
        Assert.Empty(DisputedStatements.Of(Extract(text)));
    }
}
