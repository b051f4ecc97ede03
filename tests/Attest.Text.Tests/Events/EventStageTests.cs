using Attest.Core.Extraction;

namespace Attest.Text.Tests.Events;

public sealed class EventStageTests
{
    private static EventRecord EventAt(ExtractionResult result, string text, string words)
    {
        var at = text.IndexOf(words, StringComparison.Ordinal);
        return result.Events.Single(v => v.Start < at + words.Length && at < v.End);
    }

    [Fact]
    public void Meeting_is_a_consultation_with_source_and_target()
    {
        const string text = "Prime Minister Imran Khan met with Army chief Qamar Javed Bajwa on Thursday.";
        var result = Extract.Run(text, "2019-08-23");
        var v = EventAt(result, text, "met with");
        Assert.Equal("04", v.Root);
        Assert.StartsWith("04", v.Cameo, StringComparison.Ordinal);
        Assert.Contains("Imran Khan", v.Source.Name, StringComparison.Ordinal);
        Assert.Contains("Bajwa", v.Target?.Name, StringComparison.Ordinal);
        Assert.Equal("2019-08-22", v.Date?.Value);
    }

    [Fact]
    public void What_two_leaders_discussed_is_a_topic_not_the_target_but_whom_they_discussed_it_with_is()
    {
        const string topic = "Prime Minister Imran Khan discussed Afghanistan and trade at the White House on Monday.";
        const string partner = "Prime Minister Imran Khan discussed Afghanistan with US President Donald Trump on Monday.";

        var alone = EventAt(Extract.Run(topic, "2019-07-23"), topic, "discussed");
        var with = EventAt(Extract.Run(partner, "2019-07-23"), partner, "discussed");

        Assert.Equal("04", alone.Root);
        Assert.Null(alone.Target);
        Assert.Contains("Trump", with.Target?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Did_not_veto_is_negated()
    {
        const string text = "France opposed the session, but the country did not veto the session.";
        var result = Extract.Run(text);
        Assert.DoesNotContain(result.Events, v => v.Root == "12" && v.Cameo == "129");
        Assert.Contains(result.Events, v => v.Cameo == "120");

        var marked = new Attest.Text.Pipeline.ExtractionPipelineBuilder();
        foreach (var stage in Attest.Text.Pipeline.DefaultStages.Create().Stages)
        {
            marked.Add(stage is Attest.Text.Events.EventStage ? new Attest.Text.Events.EventStage(Attest.Text.Events.EventLexicon.Shipped, includeIrrealis: true) : stage);
        }

        var all = marked.Build().Extract(text, new DocumentContext());
        var veto = Assert.Single(all.Events, v => v.Cameo == "129");
        Assert.True(veto.Negated);
    }

    [Fact]
    public void Would_be_forced_to_respond_and_urged_to_act_are_hypothetical()
    {
        const string text = "Pakistan would be forced to respond. He urged the world to condemn the killings.";
        var result = Extract.Run(text);
        Assert.Single(result.Events);
        Assert.Equal("020", result.Events[0].Cameo);
    }

    [Fact]
    public void Phone_calls_made_by_the_president_are_telephone_consultations()
    {
        const string text = "US President Donald Trump made three phone calls to Prime Minister Imran Khan during the past four days.";
        var v = EventAt(Extract.Run(text), text, "phone calls");
        Assert.Equal("041", v.Cameo);
        Assert.Equal("USA", v.Source.Country);
    }

    [Fact]
    public void Passive_killing_takes_its_source_from_the_by_phrase()
    {
        const string text = "Thousands of Bosniaks had been killed by Serb military and paramilitary forces in 1995.";
        var v = EventAt(Extract.Run(text), text, "killed");
        Assert.Equal("18", v.Root);
        Assert.Contains("Serb", v.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_inside_an_attributed_statement_links_the_claim()
    {
        const string text = "An official said that the Indian forces cracked down on the protesters in the valley.";
        var result = Extract.Run(text);
        var v = EventAt(result, text, "cracked down");
        Assert.Equal("17", v.Root);
        Assert.Equal("IND", v.Source.Country);
        var claim = result.Claims.Single(c => c.Id == v.Claim);
        Assert.Equal("anonymous", claim.Speaker.Kind);
    }

    [Fact]
    public void Event_noun_without_anything_making_it_happen_is_not_an_event()
    {
        const string text = "Pakistan’s success at the UNSC meeting was a major diplomatic win. The upcoming visit of the Chinese president is in October.";
        Assert.Empty(Extract.Run(text).Events);
    }

    [Fact]
    public void Describing_someone_as_a_fascist_is_criticism_but_a_plain_description_is_not_an_event()
    {
        const string text = "PM Khan described Modi as a fascist. The minister described the talks as constructive.";
        var result = Extract.Run(text);
        var v = Assert.Single(result.Events);
        Assert.Equal("111", v.Cameo);
    }

    [Fact]
    public void Bad_input_gives_a_result()
    {
        Assert.Empty(Extract.Run("").Events);
        var junk = new string(Enumerable.Range(0, 20_000).Select(i => (char)(i % 0xD7FF)).ToArray());
        Assert.NotNull(Extract.Run(junk).Events);
        Assert.NotNull(Extract.Run(string.Concat(Enumerable.Repeat("arrested and killed and met ", 50_000))).Events);
    }

    [Fact]
    public void Date_phrase_before_the_verb_is_not_the_subject()
    {
        const string text = "India on Tuesday summoned Pakistan's deputy high commissioner over the killing of two soldiers.";
        var v = EventAt(Extract.Run(text, "2019-10-15"), text, "summoned");
        Assert.Equal("114", v.Cameo);
        Assert.Equal("IND", v.Source.Country);
        Assert.Equal("2019-10-15", v.Date?.Value);
    }

    [Fact]
    public void Requesting_anonymity_is_not_an_appeal()
    {
        Assert.Empty(Extract.Run("A senior police officer spoke to reporters, requesting anonymity.").Events);
    }

    [Fact]
    public void Past_form_after_the_premier_is_a_verb_but_the_upcoming_visit_is_a_noun()
    {
        const string text = "The premier thanked the Turkish leader for his support.";
        var v = EventAt(Extract.Run(text), text, "thanked");
        Assert.Equal("051", v.Cameo);
        Assert.DoesNotContain(Extract.Run("They discussed the upcoming visit of the president.").Events, e => e.Root == "04" && e.Cameo == "042");
    }

    [Fact]
    public void Calling_a_leader_is_a_phone_call_but_calling_him_a_fascist_is_criticism()
    {
        const string text = "Khan called Modi a fascist. Trump called Khan on Monday. The minister called the move a mistake.";
        var result = Extract.Run(text, "2019-08-20");
        Assert.Equal("111", EventAt(result, text, "a fascist").Cameo);
        Assert.Equal("041", EventAt(result, text, "called Khan").Cameo);
        Assert.Equal(2, result.Events.Count);
    }

    [Fact]
    public void No_before_an_event_noun_negates_it()
    {
        Assert.Empty(Extract.Run("There were no protests in the valley. The two sides held no talks.").Events);
        Assert.Single(Extract.Run("There were protests in the valley.").Events);
    }

    [Fact]
    public void Speaking_to_a_leader_is_a_consultation_but_speaking_to_reporters_is_not_an_event()
    {
        var consult = Assert.Single(Extract.Run("Prime Minister Narendra Modi spoke to Prime Minister Imran Khan on Monday.").Events);
        Assert.Equal("040", consult.Cameo);
        Assert.Equal("Narendra Modi", consult.Source.Name);
        Assert.Empty(Extract.Run("The minister spoke to reporters in Islamabad. The envoy spoke to the media.").Events);
    }

    [Fact]
    public void Consultations_someone_held_are_a_consultation_event()
    {
        var consult = Assert.Single(Extract.Run("The United Nations Security Council held closed-door consultations on Kashmir in New York on Friday.").Events);
        Assert.Equal("040", consult.Cameo);
        Assert.Equal("United Nations Security Council", consult.Source.Name);
        Assert.Empty(Extract.Run("Consultations with experts are useful.").Events);
    }
}
