namespace Attest.Text.Tests.Attribution;

/// <summary>The arrangements of speaker, cue and content that news writing uses, one invented sentence each.</summary>
public sealed class ReportingFrameTests
{
    [Fact]
    public void A_name_with_its_role_in_apposition_before_the_cue_speaks()
    {
        var claim = Assert.Single(Extract.Run("Lina Haddad, the port authority's director, said the cranes would be repaired by June.").Claims);

        Assert.Equal("Lina Haddad", claim.Speaker.Name);
        Assert.Equal("person", claim.Speaker.Kind);
        Assert.Equal("the cranes would be repaired by June", claim.Text);
    }

    [Fact]
    public void A_participial_opening_is_not_the_speaker()
    {
        var claim = Assert.Single(Extract.Run("Speaking to reporters in Valparaíso, the harbour master said two ships had run aground.").Claims);

        Assert.Equal("the harbour master", claim.Speaker.Name);
        Assert.Equal("two ships had run aground", claim.Text);
    }

    [Fact]
    public void An_inverted_cue_after_the_content_takes_the_speaker_after_it()
    {
        var claim = Assert.Single(Extract.Run("The ferry will not sail before Friday, said the shipping minister.").Claims);

        Assert.Equal("the shipping minister", claim.Speaker.Name);
        Assert.Equal("The ferry will not sail before Friday", claim.Text);
    }

    [Fact]
    public void A_statement_after_a_colon_runs_over_its_sentences_with_one_speaker()
    {
        var claims = Extract.Run("The mayor told the council: “The river rose two metres overnight. Three bridges are closed. We need pumps.”").Claims;

        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Equal("The mayor", c.Speaker.Name));
        Assert.Equal("We need pumps.", claims[2].Text);
    }

    [Fact]
    public void According_to_in_the_middle_of_a_sentence_attributes_what_comes_before()
    {
        var claim = Assert.Single(Extract.Run("Twelve fishing boats were lost in the storm, according to the coast guard.").Claims);

        Assert.Equal("the coast guard", claim.Speaker.Name);
        Assert.Equal("Twelve fishing boats were lost in the storm", claim.Text);
    }

    [Fact]
    public void A_report_of_a_report_keeps_the_outer_speaker_and_points_to_the_inner_claim()
    {
        var claims = Extract.Run("The radio station reported that the governor said the dam was safe.").Claims;

        var outer = Assert.Single(claims, c => c.Text.StartsWith("the governor", StringComparison.Ordinal));
        var inner = Assert.Single(claims, c => c.Text == "the dam was safe");
        Assert.Equal("The radio station", outer.Speaker.Name);
        Assert.Equal(inner.Id, outer.Via);
    }

    [Theory]
    [InlineData("Rebels burned three villages near the river overnight, officials said Wednesday.")]
    [InlineData("Rebels burned three villages near the river overnight, officials said late on Wednesday.")]
    [InlineData("Rebels burned three villages near the river overnight, officials said last night.")]
    public void When_it_was_said_after_the_cue_leaves_the_content_before_it(string sentence)
    {
        var claim = Assert.Single(Extract.Run(sentence).Claims);

        Assert.Equal("officials", claim.Speaker.Name);
        Assert.Equal("Rebels burned three villages near the river overnight", claim.Text);
    }

    [Fact]
    public void A_clause_after_the_addressee_ends_a_trailing_frame()
    {
        var claims = Extract.Run("Who runs the camps is unclear, the sources told reporters, though aid workers believe that militias hold them.").Claims;

        var told = Assert.Single(claims, c => c.Cue == "told");
        Assert.Equal("Who runs the camps is unclear", told.Text);
    }

    [Fact]
    public void A_passive_agent_is_not_an_addressee()
    {
        Assert.DoesNotContain(Extract.Run("However, a different account of the fire was told by the night guard, who saw it start.").Claims,
            c => c.Speaker.Name?.Contains("account", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_opening_participle_before_a_role_in_commas_is_not_the_speaker()
    {
        var claim = Assert.Single(Extract.Run("Confirming the attack to reporters, the mayor of Tarvo, said the market had burned.").Claims);

        Assert.Equal("the mayor of Tarvo", claim.Speaker.Name);
        Assert.Equal("person", claim.Speaker.Kind);
    }

    [Fact]
    public void A_long_apposition_does_not_hide_the_named_subject()
    {
        var claim = Assert.Single(Extract.Run(
            "Ivan Petrak, Deputy Director for the Northern Region in the Office of Regional and Municipal Affairs, told the assembly that the floods had displaced thousands.").Claims);

        Assert.Equal("Ivan Petrak", claim.Speaker.Name);
        Assert.Equal("the floods had displaced thousands", claim.Text);
    }

    [Fact]
    public void A_quoted_paragraph_continues_the_speaker_of_a_quote_that_ended_on_a_reported_clause()
    {
        var claims = Extract.Run("“The whole row of shops burned,” the fire chief said, adding that the wind had spread the flames.\n\n"
                                 + "“Nobody could have stopped it once the roof went.”").Claims;

        var continued = Assert.Single(claims, c => c.Text.StartsWith("Nobody could", StringComparison.Ordinal));
        Assert.Equal("the fire chief", continued.Speaker.Name);
        Assert.Equal("continued", continued.SpeakerFound?.How);
    }

    [Fact]
    public void A_question_quoted_before_its_frame_keeps_its_speaker_though_the_question_mark_ends_the_sentence()
    {
        var claims = Extract.Run("“Is the dam ready for the spring floods?” Petra Lind asked. “Nobody has checked the gates.”").Claims;

        Assert.Equal("Petra Lind", Assert.Single(claims, c => c.Text.StartsWith("Is the dam", StringComparison.Ordinal)).Speaker.Name);
        Assert.Equal("Petra Lind", Assert.Single(claims, c => c.Text.StartsWith("Nobody", StringComparison.Ordinal)).Speaker.Name);
    }

    [Theory]
    [InlineData("“The rules are different for them,” Rep. Anna Kraus (D-Ohio), a member of the panel, said.")]
    [InlineData("“The rules are different for them,” Rep. Anna Kraus (D-Ohio) said.")]
    public void A_parenthesis_after_the_name_neither_ends_the_speaker_phrase_nor_speaks(string sentence)
    {
        var claim = Assert.Single(Extract.Run(sentence).Claims);

        Assert.Equal("Anna Kraus", claim.Speaker.Name);
        Assert.Equal("The rules are different for them", claim.Text);
    }

    [Fact]
    public void What_something_was_said_of_is_not_what_was_said()
    {
        var claims = Extract.Run("Petra Lind, who chairs the audit board, said of the budget. “It does not add up.”").Claims;

        Assert.DoesNotContain(claims, c => c.Text.Contains("the budget", StringComparison.Ordinal));
        Assert.Contains(claims, c => c.Text.StartsWith("It does not add up", StringComparison.Ordinal));
    }
}
