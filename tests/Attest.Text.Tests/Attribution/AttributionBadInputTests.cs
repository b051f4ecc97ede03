namespace Attest.Text.Tests.Attribution;

public sealed class AttributionBadInputTests
{
    [Fact]
    public void Unbalanced_quotes_give_a_result()
    {
        var result = Extract.Run("“This quote never closes, the official said.\nThe next paragraph goes on” and on, sources said. ” Stray.");
        Assert.All(result.Claims, c => Assert.True(c.Start >= 0 && c.End > c.Start));
    }

    // The timeout only guards against a hang or a blow-up; speed is measured in bench/, not here.
    [Fact(Timeout = 300_000)]
    public async Task Five_megabyte_line_without_sentence_ends_gives_claims_inside_the_text()
    {
        var line = string.Concat(Enumerable.Repeat("sources said that “the premier warned India ", 120_000));
        Assert.True(line.Length > 5_000_000);
        var result = await Task.Run(() => Extract.Run(line));
        Assert.All(result.Claims, c => Assert.InRange(c.End, c.Start + 1, line.Length));
    }

    [Fact]
    public void Empty_and_cue_only_texts_give_no_claims()
    {
        Assert.Empty(Extract.Run("").Claims);
        Assert.Empty(Extract.Run("said").Claims);
        Assert.Empty(Extract.Run(", he said.").Claims);
    }

    [Fact(Timeout = 300_000)]
    public async Task Ten_thousand_sentences_of_he_said_give_one_claim_each_at_most()
    {
        var text = "Maria Ortiz spoke first. " + string.Concat(Enumerable.Repeat("He said the road was closed. ", 10_000));
        var result = await Task.Run(() => Extract.Run(text));
        Assert.InRange(result.Claims.Count, 1, 10_000);
        Assert.All(result.Claims, c => Assert.Equal("the road was closed", c.Text));
    }

    [Fact]
    public void A_transcript_label_with_nothing_after_it_gives_no_claim()
    {
        Assert.DoesNotContain(Extract.Run("OKAFOR:\n\nBELLAMY:\n\nOKAFOR: Yes.").Claims, c => c.Speaker.Kind != "author");
    }
}
