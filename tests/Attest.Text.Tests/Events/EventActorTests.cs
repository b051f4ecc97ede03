using Attest.Core.Extraction;
using Attest.Text.Events;
using Attest.Text.Knowledge;

namespace Attest.Text.Tests.Events;

/// <summary>Who did what to whom: actors read from the parse and resolved to a country, on invented sentences.</summary>
public sealed class EventActorTests
{
    private static EventRecord EventAt(ExtractionResult result, string text, string words, string root)
    {
        var at = text.IndexOf(words, StringComparison.Ordinal);
        return result.Events.Single(v => v.Root == root && v.Start < at + words.Length && at < v.End);
    }

    [Fact]
    public void The_by_agent_of_a_passive_is_the_source_and_its_subject_the_target()
    {
        const string text = "The convoy was attacked by rebels near Tarsa on Friday.";
        var attack = EventAt(Extract.Run(text), text, "attacked", "18");
        Assert.Contains("rebels", attack.Source.Name, StringComparison.Ordinal);
        Assert.Contains("convoy", attack.Target?.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Turkish drones struck a fuel depot on Monday.", "struck", "19", "TUR")] // a nationality on the event noun
    [InlineData("The Sudanese army said it had shelled rebel positions in Omdurman.", "shelled", "19", "SDN")] // "it" is the reporter
    [InlineData("The African Union condemned the attack on the market.", "condemned", "11", "IGO")] // an international body's sector
    [InlineData("Ukrainian missile strikes hit the city on Sunday.", "hit", "19", "UKR")] // a nationality on the compounded noun
    [InlineData("Venezuela has massed troops near the river for weeks. On Sunday it shelled a border post.", "shelled", "19", "VEN")] // "it": the named subject before
    public void The_source_country_comes_from_its_phrase_its_reporter_or_its_sector(string text, string trigger, string root, string country) =>
        Assert.Equal(country, EventAt(Extract.Run(text), text, trigger, root).Source.Country);

    [Theory]
    // An attack told again keeps the attacker told before; its victims are where it happened.
    [InlineData("Russian missiles hit a school in Kharkiv on Monday. Three teachers were killed in the attack.", "were killed", "18", "RUS", "UKR")]
    // Forces named without a nationality keep the one the document gave them, not the country of the place.
    [InlineData("Israeli soldiers entered the town of Jenin on Monday. The soldiers shot two teenagers in Jenin.", "shot", "19", "ISR", "PSE")]
    // A weapon does not fire itself: whoever fired the last attack did, even when the parse reads the verb as a participle.
    [InlineData("Russian forces shelled Kharkiv on Monday. A missile struck a hospital in the city.", "struck", "19", "RUS", "UKR")]
    // A town of a country the document never names is a homonym: the victims are of the country it is about.
    [InlineData("Burkina Faso's army has been accused of abuses. Soldiers killed 30 people near Soro.", "killed", "18", "BFA", "BFA")]
    // A site no one's name owns (a hideout, a depot) is of the country it lies in.
    [InlineData("Kenyan jets struck militant hideouts in Somalia on Tuesday.", "struck", "19", "KEN", "SOM")]
    // What is sent is not the target; whom it is sent to is.
    [InlineData("Germany sent weapons to Ukraine.", "sent", "07", "DEU", "UKR")]
    // An attack that names no one it was aimed at struck the country where it happened.
    [InlineData("Ethiopian drones struck overnight near Gondar.", "struck", "19", "ETH", "ETH")]
    // A headline's reduced passive: the subject is whom it happened to, the strike's doer did it.
    [InlineData("Four fishermen killed in Indian shelling near Sialkot", "killed", "18", "IND", "PAK")]
    // A demand that names no one it is made of is made of the authorities where it is made; parties are of their country.
    [InlineData("In Karachi, opposition parties demanded an inquiry.", "demanded", "10", "PAK", "PAK")]
    // A verb whose subject underwent the event: the subject is the victim, the shelling's doer the source.
    [InlineData("Three villagers sustained injuries in Russian shelling of Kharkiv.", "sustained", "18", "RUS", "UKR")]
    // An attack received "from" someone: they did it, to the verb's subject.
    [InlineData("Chadian troops drew gunfire from Sudanese soldiers near Geneina.", "gunfire", "19", "SDN", "TCD")]
    // Officials named without a nationality are the state's, of the country where they act; a consultation is "with" them.
    [InlineData("In Cali, the Colombian president convened with local officials on Sunday.", "convened", "04", "COL", "COL")]
    // Forces an international body sends are IGO, whichever country they stand in.
    [InlineData("Two peacekeepers were killed near Bunia on Sunday.", "killed", "18", null, "IGO")]
    public void Source_and_target_countries_come_from_the_document_and_the_frame(string text, string trigger, string root, string? source, string target)
    {
        var found = EventAt(Extract.Run(text), text, trigger, root);
        Assert.Equal(source, found.Source.Country);
        Assert.Equal(target, found.Target?.Country);
    }

    [Fact]
    public void A_speaker_reporting_an_attack_is_not_its_attacker_and_the_victims_take_the_country_of_the_place()
    {
        const string text = "Police said gunmen killed 12 villagers in Zamfara.";
        var killing = EventAt(Extract.Run(text), text, "killed", "18");
        Assert.DoesNotContain("Police", killing.Source.Name, StringComparison.Ordinal);
        Assert.Null(killing.Source.Country);
        Assert.Equal("NGA", killing.Target?.Country);
    }

    [Fact]
    public void A_town_naming_an_attack_is_where_it_happened_not_who_carried_it_out()
    {
        const string text = "A Kherson strike killed two people.";
        var result = Extract.Run(text);
        Assert.NotEmpty(result.Events);
        Assert.All(result.Events, v => Assert.Null(v.Source.Country));
        Assert.All(result.Events, v => Assert.DoesNotContain("Kherson", v.Source.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Three teachers were killed in Kharkiv on Monday.")]
    [InlineData("Forty villagers were reported killed in Kharkiv on Monday.")] // the subject of the reporting passive
    public void An_agentless_passive_with_no_attack_before_has_no_source_and_its_victims_are_where_it_happened(string text)
    {
        var killing = EventAt(Extract.Run(text), text, "killed", "18");
        Assert.Null(killing.Source.Country);
        Assert.Equal("UKR", killing.Target?.Country);
    }

    [Theory]
    // "they" is the plural subject named before, when no event in between had a named actor.
    [InlineData("The members of the African Union council gathered in Addis Ababa on Monday. They called on the rebels to lay down their arms.", "called on")]
    // A date misread as the subject of a conjoined verb: the first verb's subject did it.
    [InlineData("The members of the African Union council welcomed the report dated 3 May and demanded that the fighting stop.", "demanded")]
    public void A_plural_pronoun_or_a_shared_subject_is_the_body_named_before(string text, string trigger) =>
        Assert.Equal("IGO", EventAt(Extract.Run(text, "2024-05-20"), text, trigger, trigger == "demanded" ? "10" : "02").Source.Country);

    [Theory]
    [InlineData("The envoy said attacks on hospitals violate the laws of war.")]
    [InlineData("Such attacks on hospitals are war crimes, the envoy said.")]
    public void A_bare_or_generic_plural_said_of_attacks_in_general_is_no_event(string text) =>
        Assert.DoesNotContain(Extract.Run(text).Events, v => v.Root == "18");

    [Theory]
    [InlineData("Survivors recalled the 12 March massacre at the market.", true)] // dated
    [InlineData("Survivors recalled the massacre in Bucha.", true)] // placed
    [InlineData("Survivors recalled massacres at markets.", false)] // neither: massacres in general
    public void An_event_noun_anchored_in_time_or_place_tells_a_particular_event(string text, bool told) =>
        Assert.Equal(told, Extract.Run(text, "2024-05-20").Events.Any(v => v.Root == "20"));

    [Theory]
    [InlineData("UN envoy Lena Ortiz condemned the attack on the convoy.", "IGO")] // a body in the title before the name
    [InlineData("Lena Ortiz, a spokeswoman for the African Union, condemned the shelling.", "IGO")] // the body one speaks for
    [InlineData("Lena Ortiz, the envoy for Syria, condemned the shelling.", null)] // a place an office is for is not whose it is
    public void A_person_acts_for_the_body_or_nationality_their_title_names(string text, string? country) =>
        Assert.Equal(country, EventAt(Extract.Run(text), text, "condemned", "11").Source.Country);

    [Fact]
    public void A_state_organ_without_a_country_of_its_own_is_of_the_country_where_it_acts()
    {
        const string text = "In Islamabad, the Cabinet Committee on Defence condemned the raid.";
        Assert.Equal("PAK", EventAt(Extract.Run(text), text, "condemned", "11").Source.Country);
    }

    [Fact]
    public void A_state_organ_whose_name_says_its_country_is_of_that_country_not_of_the_place()
    {
        const string text = "In Ladakh, 50 Indian soldiers were attacked by the Liberation Army of China.";
        Assert.Equal("CHN", EventAt(Extract.Run(text), text, "attacked", "18").Source.Country);
    }

    [Fact]
    public void What_is_demanded_is_not_whom_it_is_demanded_of()
    {
        const string text = "In Lahore, the families of the missing demanded an inquiry.";
        var demand = EventAt(Extract.Run(text), text, "demanded", "10");
        Assert.DoesNotContain("inquiry", demand.Target?.Name ?? "", StringComparison.Ordinal);
        Assert.Equal("PAK", demand.Target?.Country);
    }

    [Fact]
    public void An_anti_prefix_makes_the_name_after_it_the_target_not_the_source()
    {
        const string text = "There were anti-Israel demonstrations in Amman on Friday.";
        var protest = EventAt(Extract.Run(text), text, "demonstrations", "14");
        Assert.NotEqual("ISR", protest.Source.Country);
        Assert.Equal("ISR", protest.Target?.Country);
    }

    [Fact]
    public void Taking_a_state_to_court_is_aimed_at_the_state_not_the_court()
    {
        const string text = "Gambia moved the International Court of Justice against Myanmar.";
        var filing = EventAt(Extract.Run(text), text, "moved", "11");
        Assert.Equal("MMR", filing.Target?.Country);
    }

    [Fact]
    public void The_victims_named_with_a_reflexive_pronoun_are_the_target()
    {
        const string text = "In Maiduguri, a bomber blew up a car, killing himself and nine villagers.";
        var killing = EventAt(Extract.Run(text), text, "killing", "18");
        Assert.Equal("NGA", killing.Target?.Country);
    }

    [Fact]
    public void What_was_fired_is_not_whom_it_was_fired_at()
    {
        const string text = "Russia fired 40 drones overnight near Kharkiv.";
        var attack = EventAt(Extract.Run(text), text, "fired", "19");
        Assert.Equal("RUS", attack.Source.Country);
        Assert.DoesNotContain("drones", attack.Target?.Name ?? "", StringComparison.Ordinal);
        Assert.Equal("UKR", attack.Target?.Country);
    }

    [Fact]
    public void A_word_past_the_end_of_the_quotation_is_not_an_argument_of_an_event_inside_it()
    {
        const string text = "“The king urged Netanyahu to halt the offensive,” aides added.";
        var appeal = EventAt(Extract.Run(text), text, "urged", "02");
        Assert.DoesNotContain("aides", appeal.Target?.Name ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rebels and soldiers exchanged fire near Goma on Friday.", "exchanged", "19")]
    [InlineData("Human Rights Watch documented the abuses in the camps.", "documented", "09")]
    [InlineData("The government halted talks with the rebels in March.", "halted", "16")]
    [InlineData("Police jailed three activists after the march.", "jailed", "17")]
    [InlineData("The foreign ministers convened in Cairo on Monday.", "convened", "04")]
    [InlineData("The opposition disputed the official count.", "disputed", "12")]
    [InlineData("The army reinforced its troops along the border.", "reinforced", "15")]
    public void Each_root_has_the_common_verbs_of_its_category(string text, string trigger, string root) =>
        EventAt(Extract.Run(text, "2024-05-20"), text, trigger, root);

    [Fact]
    public void A_verb_closing_a_hyphenated_adjective_is_no_event()
    {
        const string text = "The rebels used US-provided drones.";
        Assert.DoesNotContain(Extract.Run(text).Events, v => v.Root == "07");
    }

    [Fact]
    public void An_attack_without_a_place_or_a_target_names_no_target()
    {
        const string text = "Gunmen opened fire at dawn, witnesses said.";
        var attack = EventAt(Extract.Run(text), text, "opened fire", "19");
        Assert.Null(attack.Target?.Country);
    }

    [Fact]
    public void Condemning_an_attack_is_aimed_at_whoever_carried_it_out()
    {
        const string text = "Chad condemned Sudan's attack on the border post.";
        var result = Extract.Run(text);
        var condemnation = EventAt(result, text, "condemned", "11");
        Assert.Equal("TCD", condemnation.Source.Country);
        Assert.Equal("SDN", condemnation.Target?.Country);
        Assert.Equal("SDN", EventAt(result, text, "attack on", "18").Source.Country);
    }

    [Fact]
    public void An_event_noun_with_participants_of_its_own_is_an_event_without_a_verb_making_it_happen()
    {
        const string text = "Residents fled after clashes between Malian troops and jihadist fighters near Gao.";
        var clashes = EventAt(Extract.Run(text), text, "clashes", "19");
        Assert.Equal("MLI", clashes.Source.Country);
        Assert.Contains("fighters", clashes.Target?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_noun_someone_merely_mentions_has_no_actors_of_the_verb()
    {
        const string text = "The foreign minister denounced the strikes at a press conference.";
        var result = Extract.Run(text);
        Assert.DoesNotContain(result.Events, v => v.Root == "19" && v.Source.Name.Contains("minister", StringComparison.Ordinal));
    }

    [Fact]
    public void A_day_is_never_whom_an_event_was_done_to()
    {
        const string text = "The envoy met the rebel leaders on Thursday.";
        var meeting = EventAt(Extract.Run(text, "2024-05-03"), text, "met", "04");
        Assert.DoesNotContain("Thursday", meeting.Target?.Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_actor_class_is_named_with_its_file_and_word()
    {
        var error = Assert.Throws<InvalidDataException>(() => new ActorWords([["soldier", "army"]]));
        Assert.Contains("event-actors.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("'soldier'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_grammar_class_is_named_with_its_file_and_word()
    {
        var error = Assert.Throws<InvalidDataException>(() => new EventGrammar([["held", "light"]]));
        Assert.Contains("event-grammar.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("'held'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_grammar_words_are_loaded_into_their_sets()
    {
        Assert.Contains("Held", (IReadOnlySet<string>)EventGrammar.Shipped.LightVerbs);
        Assert.Contains("occurred", (IReadOnlySet<string>)EventGrammar.Shipped.HappenVerbs);
        Assert.Contains("unless", (IReadOnlySet<string>)EventGrammar.Shipped.HypotheticalOpeners);
    }

    [Fact]
    public void A_target_preposition_of_more_than_one_word_is_refused_with_its_row()
    {
        var error = Assert.Throws<InvalidDataException>(() => new EventLexicon([["send * aid", "073", "verb", "on to"]], []));
        Assert.Contains("cameo-verbs.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("on to", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IGO")]
    [InlineData("NGO")]
    [InlineData("")]
    public void An_organisation_sector_is_IGO_NGO_or_none(string sector) =>
        Assert.Equal(sector.Length == 0 ? null : sector, KnowledgeBase.SectorOf(["Test Body", "organization", "", "TB", sector]));

    [Fact]
    public void Any_other_organisation_sector_is_refused_with_the_organisation_named()
    {
        var error = Assert.Throws<InvalidDataException>(() => KnowledgeBase.SectorOf(["Test Body", "organization", "", "TB", "UN"]));
        Assert.Contains("organizations.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("Test Body", error.Message, StringComparison.Ordinal);
    }
}
