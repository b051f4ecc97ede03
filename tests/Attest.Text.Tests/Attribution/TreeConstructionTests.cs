namespace Attest.Text.Tests.Attribution;

/// <summary>Constructions read from the parse rather than from word patterns: reported beliefs and intentions, relative
/// clauses, every inflection of a cue verb, passive and impersonal reports, and speakers described rather than named.</summary>
public sealed class TreeConstructionTests
{
    [Theory]
    [InlineData("Mayor Lena Ortiz believes the bridge can be repaired by spring.", "believes", "the bridge can be repaired by spring")]
    [InlineData("The rebels plan to hold the town until the talks resume.", "plan", "to hold the town until the talks resume")]
    [InlineData("The fishermen want the harbour reopened before the season starts.", "want", "the harbour reopened before the season starts")]
    public void A_reported_belief_or_intention_is_a_claim_of_its_subject(string sentence, string cue, string content)
    {
        var claim = Assert.Single(Extract.Run(sentence).Claims);

        Assert.Equal(cue, claim.Cue);
        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void A_belief_without_a_clause_is_no_claim()
    {
        Assert.Empty(Extract.Run("The engineers want a new crane.").Claims);
    }

    [Fact]
    public void A_negated_belief_is_no_claim()
    {
        Assert.Empty(Extract.Run("The villagers do not believe the water is safe.").Claims);
    }

    [Fact]
    public void An_inflection_missing_from_the_lexicon_is_still_a_cue_through_its_lemma()
    {
        // The lexicon lists "warn", "warns", "warned", "warning"; "cautions" comes only through the lemma "caution".
        var claim = Assert.Single(Extract.Run("The harbour master cautions that the ice will not hold a truck.").Claims);

        Assert.Equal("cautions", claim.Cue);
        Assert.Equal("the ice will not hold a truck", claim.Text);
    }

    [Fact]
    public void In_a_relative_clause_the_noun_it_modifies_speaks()
    {
        var claims = Extract.Run("Most of the nurses who say the ward is understaffed have worked there for years.").Claims;

        var claim = Assert.Single(claims);
        Assert.Equal("the ward is understaffed", claim.Text);
        Assert.Contains("nurses", claim.Speaker.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("It is believed that the convoy was hit near the river.", "the convoy was hit near the river")]
    [InlineData("The commander is said to have left the city before dawn.", "The commander is said to have left the city before dawn")]
    public void An_impersonal_report_names_no_speaker_and_is_anonymous(string sentence, string content)
    {
        var claim = Assert.Single(Extract.Run(sentence).Claims);

        Assert.Equal("anonymous", claim.Speaker.Kind);
        Assert.Equal(content, claim.Text);
    }

    [Fact]
    public void A_raised_subject_is_not_a_report_without_a_to_clause()
    {
        Assert.Empty(Extract.Run("Forty sheep were found dead in the valley.").Claims);
    }

    [Fact]
    public void An_impersonal_report_after_a_quoted_person_does_not_go_back_to_that_person()
    {
        var claims = Extract.Run("“The water came at night,” said Ahmed Saleh, a resident. It was noted that the dam had been weakened.").Claims;

        var noted = Assert.Single(claims, c => c.Text.StartsWith("the dam", StringComparison.Ordinal));
        Assert.Equal("anonymous", noted.Speaker.Kind);
    }

    [Fact]
    public void In_the_readout_of_a_meeting_an_impersonal_report_stays_with_the_body()
    {
        var claims = Extract.Run("The committee condemned the closure of the crossing. It was noted that the convoys had waited for a week.").Claims;

        var noted = Assert.Single(claims, c => c.Text.StartsWith("the convoys", StringComparison.Ordinal));
        Assert.Equal("The committee", noted.Speaker.Name);
    }

    [Theory]
    [InlineData("A local teacher said the school had been shelled twice.")]
    [InlineData("An elderly man told reporters the well had been poisoned.")]
    public void A_person_described_but_not_named_is_an_unnamed_source_not_an_organisation(string sentence)
    {
        var claim = Assert.Single(Extract.Run(sentence).Claims);

        Assert.Equal("anonymous", claim.Speaker.Kind);
    }

    [Fact]
    public void A_description_said_again_with_the_definite_article_is_the_same_speaker()
    {
        var claims = Extract.Run("A local teacher said the school had been shelled. The teacher added that nobody was hurt.").Claims;

        Assert.Equal(2, claims.Count);
        Assert.Equal(claims[0].Speaker, claims[1].Speaker);
    }

    [Fact]
    public void The_newspaper_does_not_refer_back_to_a_ministry_that_spoke_before()
    {
        var claims = Extract.Run("According to the ministry, 40 people were killed. Five missiles were used, the newspaper reported.").Claims;

        var reported = Assert.Single(claims, c => c.Text.StartsWith("Five missiles", StringComparison.Ordinal));
        Assert.Equal("the newspaper", reported.Speaker.Name);
    }

    [Fact]
    public void A_subject_the_lexicon_does_not_know_still_speaks_when_the_parse_makes_it_the_subject_of_a_cue()
    {
        var claim = Assert.Single(Extract.Run("The cooperative insists that the prices were fixed in advance.").Claims);

        Assert.Equal("The cooperative", claim.Speaker.Name);
        Assert.Equal("organization", claim.Speaker.Kind);
    }

    [Fact]
    public void A_place_inside_a_speaker_phrase_says_where_the_speaker_is_not_who()
    {
        var claims = Extract.Run("“The three men have not been identified. The matter is under inquiry,” a Valparaíso-based navy spokesman said.").Claims;

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("a Valparaíso-based navy spokesman", c.Speaker.Name));
        Assert.All(claims, c => Assert.Equal("anonymous", c.Speaker.Kind));
    }

    [Fact]
    public void An_appeal_with_a_that_clause_is_a_claim_of_who_made_it()
    {
        var claim = Assert.Single(Extract.Run("The river commission demanded that the dam gates be opened before the rains.").Claims);

        Assert.Equal("The river commission", claim.Speaker.Name);
        Assert.Equal("the dam gates be opened before the rains", claim.Text);
    }

    [Fact]
    public void An_appeal_without_a_clause_is_an_act_not_a_claim()
    {
        Assert.Empty(Extract.Run("The river commission urged restraint.").Claims);
    }

    [Fact]
    public void A_verb_that_reports_a_fact_can_report_it_as_a_noun_phrase()
    {
        var claim = Assert.Single(Extract.Run("The coast guard confirmed the loss of two fishing boats.").Claims);

        Assert.Equal("the loss of two fishing boats", claim.Text);
    }

    [Fact]
    public void A_verb_of_emphasis_with_a_noun_phrase_reports_nothing()
    {
        Assert.Empty(Extract.Run("The delegates reaffirmed their solidarity with the fishermen.").Claims);
    }

    [Fact]
    public void What_a_speaker_calls_someone_is_a_claim()
    {
        var claim = Assert.Single(Extract.Run("The union leader called the new contract a betrayal of the miners.").Claims);

        Assert.Equal("the new contract a betrayal of the miners", claim.Text);
        Assert.Equal("called", claim.Cue);
    }

    [Theory]
    [InlineData("A movement called the Watchers met in the square on Monday.")]
    [InlineData("The mayor called the meeting for Friday.")]
    public void Calling_that_gives_no_name_is_no_claim(string sentence)
    {
        Assert.Empty(Extract.Run(sentence).Claims);
    }

    [Fact]
    public void A_survey_that_shows_someone_doing_something_reports_it()
    {
        var claim = Assert.Single(Extract.Run("The harbour survey shows the old pier sinking into the mud.").Claims);

        Assert.Equal("The harbour survey", claim.Speaker.Name);
        Assert.Equal("the old pier sinking into the mud", claim.Text);
    }

    [Fact]
    public void A_place_after_a_title_says_whose_title_it_is_not_who_speaks()
    {
        var claim = Assert.Single(Extract.Run("Speaking to reporters, the Emir of Kano said: “The whole valley is in mourning.”").Claims);

        Assert.Equal("the Emir of Kano", claim.Speaker.Name);
    }

    [Theory]
    [InlineData("Regional authorities reported new drone attacks on the port.", "new drone attacks on the port")]
    [InlineData("Local authorities are also reporting separate artillery strikes in two districts.", "separate artillery strikes in two districts")]
    public void A_reported_noun_phrase_the_parser_did_not_call_an_object_is_still_the_content(string sentence, string content)
    {
        var claim = Assert.Single(Extract.Run(sentence).Claims);

        Assert.Equal(content, claim.Text);
        Assert.Equal("anonymous", claim.Speaker.Kind);
    }

    [Fact]
    public void An_open_clause_of_saying_takes_its_controllers_subject()
    {
        var claim = Assert.Single(Extract.Run("Anna Berg, the premier of Norland, is right to warn that the conflict could spread.").Claims);

        Assert.Equal("Anna Berg", claim.Speaker.Name);
        Assert.Equal("the conflict could spread", claim.Text);
    }

    [Fact]
    public void A_refused_saying_is_no_claim()
    {
        Assert.Empty(Extract.Run("The colonel declined to say whether the bridge had been mined.").Claims);
    }

    [Fact]
    public void An_appeal_in_a_participle_after_the_cue_is_the_sentence_speakers()
    {
        var claims = Extract.Run("“Nothing can excuse these killings,” the Governor's Office said, urging national authorities to send aid to the valley.").Claims;

        var appeal = Assert.Single(claims, c => c.Cue == "urging");
        Assert.Equal("the Governor's Office", appeal.Speaker.Name);
        Assert.Equal("national authorities to send aid to the valley", appeal.Text);
        Assert.Equal("clause", appeal.SpeakerFound?.How);
    }

    [Fact]
    public void A_verb_of_intention_the_tagger_read_as_a_noun_still_reports_its_subjects_intention()
    {
        var claim = Assert.Single(Extract.Run("The campaign plans to send the governor to three states next week.").Claims);

        Assert.Equal("The campaign", claim.Speaker.Name);
        Assert.StartsWith("to send the governor", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plans_with_a_determiner_or_an_owner_are_a_noun_phrase_not_a_claim()
    {
        Assert.Empty(Extract.Run("The plans to widen the road were shelved.").Claims);
    }
}
