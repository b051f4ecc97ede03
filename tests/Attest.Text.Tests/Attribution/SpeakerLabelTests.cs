namespace Attest.Text.Tests.Attribution;

/// <summary>Lines that open with who speaks and a colon: transcript turns and headlines.</summary>
public sealed class SpeakerLabelTests
{
    private const string Transcript =
        "Radio interview, morning edition.\n\n" +
        "OKAFOR: Were the pumps working when the water rose? People want to know.\n\n" +
        "BELLAMY: Two of the four pumps had failed. We had asked for parts in May.\n\n" +
        "The parts arrived in June.\n\n" +
        "OKAFOR: Thank you for joining us this morning.";

    [Fact]
    public void Every_sentence_of_a_transcript_turn_is_a_claim_of_the_labelled_speaker()
    {
        var claims = Extract.Run(Transcript).Claims;

        Assert.Equal("BELLAMY", Assert.Single(claims, c => c.Text == "Two of the four pumps had failed").Speaker.Name);
        Assert.Equal("BELLAMY", Assert.Single(claims, c => c.Text == "We had asked for parts in May").Speaker.Name);
        Assert.Equal("OKAFOR", Assert.Single(claims, c => c.Text == "People want to know").Speaker.Name);
        Assert.All(claims, c => Assert.Equal("person", c.Speaker.Kind));
    }

    [Fact]
    public void A_turn_runs_on_over_paragraphs_until_the_next_label()
    {
        var claim = Assert.Single(Extract.Run(Transcript).Claims, c => c.Text == "The parts arrived in June");

        Assert.Equal("BELLAMY", claim.Speaker.Name);
        Assert.Equal("continued", claim.SpeakerFound!.How);
        Assert.Equal("BELLAMY", claim.SpeakerFound.Antecedent!.Text);
    }

    [Fact]
    public void A_courtesy_without_a_subject_in_a_turn_is_no_claim()
    {
        var claims = Extract.Run(Transcript + " Good morning to all our listeners.").Claims;

        Assert.DoesNotContain(claims, c => c.Text.StartsWith("Thank you", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.Text.StartsWith("Good morning", StringComparison.Ordinal));
    }

    [Fact]
    public void A_turn_may_open_with_a_quotation_mark_and_a_headline_label_speaks_for_its_line_only()
    {
        var claims = Extract.Run("Mayor Lena Ortiz: The pumps failed twice\n\nThe station aired the interview on Sunday. A partial transcript follows.\n\n"
                                 + "\"OKAFOR: Were the pumps working when the water rose?\n\n\"BELLAMY: Two of the four pumps had failed.\n\n"
                                 + "\"OKAFOR: And the other two were running all night?").Claims;

        Assert.Equal("BELLAMY", Assert.Single(claims, c => c.Text.StartsWith("Two of the four", StringComparison.Ordinal)).Speaker.Name);
        Assert.Equal("Lena Ortiz", Assert.Single(claims, c => c.Text == "The pumps failed twice").Speaker.Name);
        Assert.DoesNotContain(claims, c => c.Text.StartsWith("The station aired", StringComparison.Ordinal) && c.Speaker.Kind == "person");
    }

    [Fact]
    public void A_single_label_in_capitals_is_a_heading_not_a_speaker()
    {
        Assert.Empty(Extract.Run("UPDATE: The ferry to the island will not run on Sunday.\n\nThe harbour stays open.").Claims);
    }

    [Theory]
    [InlineData("Breaking: Floods cut the coastal road near the port.")]
    [InlineData("Chile: Floods cut the coastal road near the port.")]
    public void A_label_that_names_no_speaker_is_not_one(string headline)
    {
        Assert.Empty(Extract.Run(headline + "\n\nThe road was closed on Monday.").Claims);
    }

    [Fact]
    public void A_headline_opening_with_a_known_name_and_a_colon_is_that_persons_claim()
    {
        var result = Extract.Run("Ortiz: The bridge will be rebuilt by spring\n\nMayor Lena Ortiz spoke to reporters on Monday.");

        var claim = Assert.Single(result.Claims);
        Assert.Equal("The bridge will be rebuilt by spring", claim.Text);
        Assert.Equal("Lena Ortiz", claim.Speaker.Name);
    }
}
