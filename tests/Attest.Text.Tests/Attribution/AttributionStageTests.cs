using Attest.Core.Extraction;

namespace Attest.Text.Tests.Attribution;

public sealed class AttributionStageTests
{
    private static ClaimRecord ClaimAbout(ExtractionResult result, string words) =>
        result.Claims.Single(c => c.Text.Contains(words, StringComparison.Ordinal) && c.Speaker.Kind != "author");

    [Fact]
    public void Quote_with_trailing_speaker_is_attributed_to_that_speaker()
    {
        var result = Extract.Run("“There is nothing more that we can do,” Prime Minister Imran Khan added.");
        var claim = ClaimAbout(result, "nothing more");
        Assert.True(claim.Direct);
        Assert.Equal("There is nothing more that we can do", claim.Text);
        Assert.Equal("person", claim.Speaker.Kind);
        Assert.Contains("Imran Khan", claim.Speaker.Name, StringComparison.Ordinal);
        Assert.Equal("added", claim.Cue);
    }

    [Fact]
    public void Sources_said_gives_anonymous_speaker()
    {
        var result = Extract.Run("Sources said that the premier also asked the US president to stop India changing the demography of Kashmir.");
        var claim = ClaimAbout(result, "the premier also asked");
        Assert.Equal("anonymous", claim.Speaker.Kind);
        Assert.False(claim.Direct);
        Assert.StartsWith("the premier also asked", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Two of the sources told reporters that the convoy had been stopped at the border.")]
    [InlineData("Some of the officials said the convoy had been stopped at the border.")]
    public void A_partitive_of_unnamed_sources_is_anonymous(string text)
    {
        var claim = ClaimAbout(Extract.Run(text), "convoy had been stopped");
        Assert.Equal("anonymous", claim.Speaker.Kind);
    }

    [Fact]
    public void Official_on_condition_of_anonymity_stays_anonymous_when_mentioned_again()
    {
        var result = Extract.Run(
            "An official, on the condition of anonymity, said that Pakistan has credible information about the protests. " +
            "The official also said that Russia backed the resolution on Kashmir despite its ties with India.");
        Assert.Equal("anonymous", ClaimAbout(result, "credible information").Speaker.Kind);
        Assert.Equal("anonymous", ClaimAbout(result, "Russia backed").Speaker.Kind);
    }

    [Fact]
    public void Nested_report_keeps_outer_speaker_and_via()
    {
        var result = Extract.Run(
            "He made the remarks to The New York Times in Islamabad. The newspaper reported that Prime Minister Imran Khan said the talks had failed.");
        var outer = ClaimAbout(result, "Prime Minister Imran Khan said");
        Assert.Contains("Times", outer.Speaker.Name, StringComparison.Ordinal);
        Assert.NotNull(outer.Via);
        var inner = result.Claims.Single(c => c.Id == outer.Via);
        Assert.Equal("person", inner.Speaker.Kind);
        Assert.Contains("Khan", inner.Speaker.Name, StringComparison.Ordinal);
        Assert.StartsWith("the talks had failed", inner.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotation_spanning_several_sentences_gives_one_claim_per_sentence_with_one_speaker()
    {
        var result = Extract.Run(
            "In a message, UN Secretary-General António Guterres said, “On this day, we reaffirm our unwavering support for the victims. " +
            "And we demonstrate that support by doing all in our power to prevent such attacks.”");
        var claims = result.Claims.Where(c => c.Direct).ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Contains("Guterres", c.Speaker.Name, StringComparison.Ordinal));
        Assert.StartsWith("On this day", claims[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("And we demonstrate", claims[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pronoun_speaker_is_resolved_to_the_person_in_focus()
    {
        var result = Extract.Run(
            "Prime Minister Imran Khan met the army chief on Thursday. “The most important thing is that eight million people’s lives are at risk,” he said.");
        var claim = ClaimAbout(result, "eight million");
        Assert.Equal("person", claim.Speaker.Kind);
        Assert.Contains("Imran Khan", claim.Speaker.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Parenthetical_attribution_covers_the_whole_sentence()
    {
        var result = Extract.Run("Key support, the official said, came from the US and United Kingdom.");
        var claim = Assert.Single(result.Claims);
        Assert.Contains("came from the US", claim.Text, StringComparison.Ordinal);
        Assert.Equal("said", claim.Cue);
    }

    [Fact]
    public void According_to_a_statement_names_its_issuer()
    {
        var result = Extract.Run("According to a statement issued by the Foreign Office, the talks will resume next week.");
        var claim = ClaimAbout(result, "talks will resume");
        Assert.Contains("Foreign Office", claim.Speaker.Name, StringComparison.Ordinal);
        Assert.NotEqual("anonymous", claim.Speaker.Kind);
    }

    [Fact]
    public void Trailing_sources_added_makes_the_leading_statement_anonymous_and_nests_the_inner_one()
    {
        var result = Extract.Run(
            "Imran Khan spoke to Donald Trump. He also warned that Pakistan would have no other option but to get involved directly, sources added.");
        var outer = result.Claims.Single(c => c.Speaker.Kind == "anonymous");
        Assert.StartsWith("He also warned", outer.Text, StringComparison.Ordinal);
        Assert.NotNull(outer.Via);
        var inner = result.Claims.Single(c => c.Id == outer.Via);
        Assert.StartsWith("Pakistan would have", inner.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_appeal_to_act_is_the_claim_of_who_made_it_from_the_addressee_on()
    {
        var claim = Assert.Single(Extract.Run("The governor urged the railway company to restore the night trains.").Claims);
        Assert.Equal("The governor", claim.Speaker.Name);
        Assert.Equal("the railway company to restore the night trains", claim.Text);
    }

    [Fact]
    public void Negated_saying_is_not_a_claim()
    {
        var result = Extract.Run("The spokesman did not say that the talks had collapsed.");
        Assert.DoesNotContain(result.Claims, c => c.Speaker.Kind != "author");
    }

    [Fact]
    public void Writer_arguing_in_an_opinion_piece_is_the_author_speaking()
    {
        var result = Extract.Run("The United Nations should come off the fence and help the people of the valley. The weather was mild.");
        var claim = Assert.Single(result.Claims);
        Assert.Equal("author", claim.Speaker.Kind);
        Assert.StartsWith("The United Nations should", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Officials_named_only_by_their_country_stay_unnamed_sources()
    {
        var result = Extract.Run("Chilean officials said the pass would stay closed until the snow melted.");
        var claim = ClaimAbout(result, "the pass would stay closed");
        Assert.Equal("anonymous", claim.Speaker.Kind);
        Assert.Equal("Chilean officials", claim.Speaker.Name);
    }

    [Fact]
    public void A_collective_of_ordinary_people_is_a_group()
    {
        var claim = ClaimAbout(Extract.Run("Stranded farmers said the road had been cut for a week."), "the road had been cut");
        Assert.Equal("group", claim.Speaker.Kind);
    }

    [Fact]
    public void He_after_an_unnamed_source_continues_that_source()
    {
        var result = Extract.Run(
            "“We have detained those who were involved in stone-pelting,” a senior police officer told reporters, requesting anonymity. " +
            "He said the raids would continue.");
        Assert.Equal("anonymous", ClaimAbout(result, "raids would continue").Speaker.Kind);
        Assert.Equal("anonymous", ClaimAbout(result, "stone-pelting").Speaker.Kind);
    }

    [Fact]
    public void According_to_a_plural_common_noun_is_a_group()
    {
        var result = Extract.Run("According to local residents, troops fired tear gas at protesters in Sopore after Friday prayers.");
        var claim = ClaimAbout(result, "troops fired tear gas");
        Assert.Equal("group", claim.Speaker.Kind);
        Assert.Equal("local residents", claim.Speaker.Name);
    }

    [Fact]
    public void Denying_a_thing_is_not_a_reported_statement_but_denying_a_clause_is()
    {
        Assert.DoesNotContain(Extract.Run("Pakistan's military, however, denied the allegation.").Claims, c => c.Speaker.Kind != "author");
        var claim = ClaimAbout(Extract.Run("Pakistan denies it has links to such groups."), "links");
        Assert.Equal("it has links to such groups", claim.Text);
    }

    [Fact]
    public void Acronym_in_parentheses_stays_in_the_speaker_phrase()
    {
        var result = Extract.Run("In a statement, the Inter-Services Public Relations (ISPR) said Indian troops had targeted civilians in the Neelum valley.");
        var claim = ClaimAbout(result, "Indian troops had targeted");
        Assert.Contains("Inter-Services Public Relations", claim.Speaker.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotation_in_the_next_paragraph_after_a_colon_belongs_to_the_speaker()
    {
        var result = Extract.Run("The minister said:\n“We will not back down.”\nIt rained.");
        var claim = ClaimAbout(result, "back down");
        Assert.True(claim.Direct);
        Assert.Equal("The minister", claim.Speaker.Name);
    }

    [Fact]
    public void Uncued_quotation_right_after_a_quoted_speaker_continues_that_speaker()
    {
        var result = Extract.Run(
            "“And then you are looking at two nuclear-armed countries eyeball to eyeball,” Imran Khan said. " +
            "“My worry is that this can escalate.”");
        var claim = ClaimAbout(result, "My worry");
        Assert.True(claim.Direct);
        Assert.Contains("Imran Khan", claim.Speaker.Name, StringComparison.Ordinal);
        Assert.Null(claim.Cue);
    }

    [Fact]
    public void Relative_clause_after_the_speaker_name_is_skipped()
    {
        var result = Extract.Run("Farooq Abdullah, who heads the National Conference, said that the elections were a farce.");
        Assert.Contains("Farooq Abdullah", ClaimAbout(result, "elections were a farce").Speaker.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_that_found_something_is_the_speaker()
    {
        var result = Extract.Run("The council's own report, released in 2018, found that Indian forces had used excessive force.");
        var claim = ClaimAbout(result, "excessive force");
        Assert.Equal("organization", claim.Speaker.Kind);
        Assert.Equal("The council's own report", claim.Speaker.Name);
    }

    [Fact]
    public void It_before_a_cue_continues_the_outlet_that_was_speaking()
    {
        var result = Extract.Run(
            "The New York Times noted that Khan has repeatedly denounced the government. " +
            "India, it noted, deployed thousands of troops to quell any possible unrest.");
        Assert.Contains("Times", ClaimAbout(result, "deployed thousands").Speaker.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Newspaper_quoting_an_official_relays_the_official_claim()
    {
        var result = Extract.Run(
            "The Washington Post quoted a State Department official as saying that Washington was deeply concerned about the detentions.");
        var outer = result.Claims.Single(c => c.Speaker.Name is { } n && n.Contains("Washington Post", StringComparison.Ordinal));
        var inner = result.Claims.Single(c => c.Id == outer.Via);
        Assert.Equal("anonymous", inner.Speaker.Kind);
        Assert.Equal(outer.Text, inner.Text);
        Assert.StartsWith("Washington was deeply concerned", inner.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_paragraph_left_open_belongs_to_the_speaker_of_the_next_quoted_paragraph()
    {
        var result = Extract.Run(
            "Imran Khan addressed the rally.\n“We will fight till the end. The world must know this.\n“Kashmir will be free,” he said.");
        var claims = result.Claims.Where(c => c.Direct).ToList();
        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Contains("Khan", c.Speaker.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void The_official_after_a_named_official_is_that_person()
    {
        var result = Extract.Run("Foreign Office official Zahid Hafeez said the talks had failed. The official added that Pakistan would respond.");
        var claim = ClaimAbout(result, "Pakistan would respond");
        Assert.Equal("person", claim.Speaker.Kind);
        Assert.Contains("Hafeez", claim.Speaker.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Said_followed_by_a_hedged_amount_reports_that_amount()
    {
        var claim = Assert.Single(Extract.Run("Witnesses said at least a dozen people were injured.").Claims);
        Assert.Equal("at least a dozen people were injured", claim.Text);
        Assert.Equal("group", claim.Speaker.Kind);
    }

    [Fact]
    public void Trailing_speaker_who_told_a_listener_is_attributed()
    {
        var claim = Assert.Single(Extract.Run("Police fired tear gas near the Soura neighbourhood, two witnesses told Reuters.").Claims);
        Assert.Equal("Police fired tear gas near the Soura neighbourhood", claim.Text);
        Assert.Equal("told", claim.Cue);
    }

    [Fact]
    public void Source_who_asked_not_to_be_named_is_anonymous_and_the_request_is_not_a_claim()
    {
        var claim = Assert.Single(Extract.Run("A senior police official, who asked not to be named, denied that pellets had been used.").Claims);
        Assert.Equal("anonymous", claim.Speaker.Kind);
        Assert.Equal("pellets had been used", claim.Text);
    }

    [Fact]
    public void A_place_after_the_speakers_role_is_not_the_speaker()
    {
        var claim = Assert.Single(Extract.Run("Two rifles were recovered, a defence spokesperson in Srinagar said.").Claims);
        Assert.NotEqual("Srinagar", claim.Speaker.Name);
        Assert.Contains("spokesperson", claim.Speaker.Name);
        Assert.NotEqual("organization", claim.Speaker.Kind);
    }

    [Fact]
    public void A_government_named_after_its_leader_speaks_as_an_organization()
    {
        var claim = Assert.Single(Extract.Run("Prime Minister Narendra Modi visited Srinagar. The Modi government claims that normalcy has returned.").Claims);
        Assert.Equal("organization", claim.Speaker.Kind);
        Assert.Contains("Modi government", claim.Speaker.Name);
    }

    [Fact]
    public void Dismissed_as_reports_the_dismissal()
    {
        var claim = Assert.Single(Extract.Run("The foreign office dismissed the report as propaganda.").Claims);
        Assert.Equal("dismissed", claim.Cue);
        Assert.StartsWith("the report as propaganda", claim.Text);
    }

    [Fact]
    public void The_name_in_apposition_after_an_inverted_cue_speaks()
    {
        var claim = Assert.Single(Extract.Run("“Our findings do not settle the question,” said the mission's chief, General Soren Mahl.").Claims);
        Assert.Equal("Soren Mahl", claim.Speaker.Name);
        Assert.Equal("person", claim.Speaker.Kind);
    }

    [Fact]
    public void The_mission_refers_back_to_the_organisation_with_mission_in_its_name()
    {
        var result = Extract.Run("The Sarn Valley Observer Mission said on Tuesday that it had found 23 craters. The mission said it could not say who fired first.");
        Assert.Equal(2, result.Claims.Count);
        Assert.Equal(result.Claims[0].Speaker.Entity, result.Claims[1].Speaker.Entity);
        Assert.NotNull(result.Claims[1].Speaker.Entity);
    }

    [Fact]
    public void A_time_phrase_after_the_subject_is_not_part_of_the_speakers_name()
    {
        var claim = Assert.Single(Extract.Run("Kestria on Wednesday rejected the account, saying its soldiers had only answered fire.").Claims);
        Assert.Equal("Kestria", claim.Speaker.Name);
    }

    [Theory]
    [InlineData("Pakistani troops shelled villages in Poonch district on Sunday, an Indian Army spokesman, Colonel Devender Anand, said.")]
    [InlineData("Pakistani troops shelled villages in Poonch district on Sunday, Colonel Devender Anand, an Indian Army spokesman, said.")]
    public void A_trailing_speaker_with_a_role_in_apposition_is_the_named_person(string sentence)
    {
        var claim = Assert.Single(Extract.Run(sentence).Claims);
        Assert.Equal("Devender Anand", claim.Speaker.Name);
        Assert.Equal("person", claim.Speaker.Kind);
        Assert.Equal("Pakistani troops shelled villages in Poonch district on Sunday", claim.Text);
    }

    [Theory]
    [InlineData("Inter-Services Public Relations on Monday denied that Pakistani troops had shelled villages.")]
    [InlineData("The military's media wing, Inter-Services Public Relations, on Monday denied that Pakistani troops had shelled villages.")]
    public void A_weekday_between_subject_and_cue_is_when_not_who(string sentence)
    {
        var claim = Assert.Single(Extract.Run(sentence).Claims);
        Assert.Equal("Inter-Services Public Relations", claim.Speaker.Name);
        Assert.Equal("Pakistani troops had shelled villages", claim.Text);
    }
}
