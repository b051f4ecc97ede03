namespace Attest.Text.Tests.Attribution;

/// <summary>Every claim says how its speaker was found — named at the cue, or resolved from an earlier mention, and which —
/// so a reader can check the attribution instead of trusting it.</summary>
public sealed class SpeakerFoundTests
{
    private const string Briefing =
        "Colonel Maria Duarte, the regional commander, said the road was mined. She added that two trucks had been hit. " +
        "“We are clearing it now. It will take days,” she said.";

    [Fact]
    public void A_speaker_named_at_the_cue_is_named_by_those_words()
    {
        var claim = Extract.Run(Briefing).Claims[0];

        Assert.Equal("named", claim.SpeakerFound!.How);
        Assert.Equal("Colonel Maria Duarte, the regional commander", claim.SpeakerFound.Mention!.Text);
        Assert.Null(claim.SpeakerFound.Antecedent);
    }

    [Fact]
    public void A_pronoun_points_at_the_mention_that_named_the_speaker()
    {
        var result = Extract.Run(Briefing);
        var claim = Assert.Single(result.Claims, c => c.Text == "two trucks had been hit");

        Assert.Equal("pronoun", claim.SpeakerFound!.How);
        Assert.Equal("She", claim.SpeakerFound.Mention!.Text);
        Assert.Equal(0, claim.SpeakerFound.Antecedent!.Start);
        Assert.StartsWith("Colonel Maria Duarte", claim.SpeakerFound.Antecedent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definite_description_points_at_the_earlier_description()
    {
        var claims = Extract.Run("A local teacher said the school had been shelled. The teacher added that nobody was hurt.").Claims;

        var found = claims[1].SpeakerFound!;
        Assert.Equal("description", found.How);
        Assert.Equal("The teacher", found.Mention!.Text);
        Assert.Equal("A local teacher", found.Antecedent!.Text);
    }

    [Fact]
    public void An_unnamed_source_keeps_its_kind_when_described_again()
    {
        var claims = Extract.Run(
            "A magistrate, speaking on condition of anonymity, said the files had been moved. The magistrate said nobody had signed for them.").Claims;

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("anonymous", c.Speaker.Kind));
        Assert.Equal("description", claims[1].SpeakerFound!.How);
    }

    [Fact]
    public void An_impersonal_report_says_it_names_no_one()
    {
        var claim = Assert.Single(Extract.Run("It is believed that the convoy was hit near the river.").Claims);

        Assert.Equal("impersonal", claim.SpeakerFound!.How);
    }

    [Fact]
    public void A_capitalised_role_refers_back_to_whoever_the_text_said_holds_it()
    {
        var claims = Extract.Run("The Emir of Tarvo, Musa Bello Kana, confirmed that the market had burned.\n\n"
                                 + "Speaking later, the Emir of Tarvo said: “Many traders lost everything.”").Claims;

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Musa Bello Kana", c.Speaker.Name));
        Assert.Equal("description", claims[1].SpeakerFound?.How);
    }

    [Theory]
    [InlineData("Reports say that the ferry sank near the harbour mouth.")]
    [InlineData("Local media said the ferry sank near the harbour mouth.")]
    public void Reports_and_media_that_no_one_names_are_an_unnamed_source(string sentence)
    {
        Assert.Equal("anonymous", Assert.Single(Extract.Run(sentence).Claims).Speaker.Kind);
    }

    [Fact]
    public void A_pronoun_with_no_one_to_refer_to_still_speaks_without_an_antecedent()
    {
        var claim = Assert.Single(Extract.Run("They noted that the lawyer had offered to testify.").Claims);

        Assert.Equal("group", claim.Speaker.Kind);
        Assert.Equal("They", claim.Speaker.Name);
        Assert.Equal("pronoun", claim.SpeakerFound?.How);
        Assert.Null(claim.SpeakerFound?.Antecedent);
    }
}
