namespace Attest.Text.Tests.Entities;

public sealed class EntityStageTests
{
    private const string Report = "ISLAMABAD: US President Donald Trump has started mediating between Islamabad and New Delhi as he made three "
        + "phone calls to Prime Minister Imran Khan and Indian Prime Minister Narendra Modi during the past four days.\n\n"
        + "Sources said that a telephonic conversation was held between Trump and Imran on August 16. Sources said that the premier "
        + "also asked the US president to stop India changing the demography of Kashmir. The US president also contacted the Indian "
        + "premier and shared his concerns.";

    [Fact]
    public void Titled_people_get_their_name_without_the_title_and_their_nationality()
    {
        var result = Extract.Run(Report, "2019-08-20");
        var trump = result.Entity("Donald Trump");
        Assert.Equal("person", trump.Type);
        Assert.Equal("USA", trump.Country);
        Assert.Equal("IND", result.Entity("Narendra Modi").Country);
        Assert.DoesNotContain(result.Entities, e => e.Name.StartsWith("Prime Minister", StringComparison.Ordinal));
    }

    [Fact]
    public void Surnames_first_names_and_roles_are_linked_to_the_person_they_refer_to()
    {
        var result = Extract.Run(Report, "2019-08-20");
        Assert.Contains("Trump", result.Entity("Donald Trump").MentionTexts());
        Assert.Contains("the US president", result.Entity("Donald Trump").MentionTexts());
        var imran = result.Entity("Imran Khan");
        Assert.Contains("Imran", imran.MentionTexts());
        Assert.Contains("the premier", imran.MentionTexts());
        Assert.Contains("the Indian premier", result.Entity("Narendra Modi").MentionTexts());
    }

    [Fact]
    public void Countries_and_cities_come_from_the_gazetteer_with_code_and_coordinates()
    {
        var result = Extract.Run(Report, "2019-08-20");
        var delhi = result.Entity("New Delhi");
        Assert.Equal("location", delhi.Type);
        Assert.Equal("IND", delhi.Country);
        Assert.NotNull(delhi.Geo);
        Assert.InRange(delhi.Geo.Lat, 28, 29);
        Assert.Equal("USA", result.Entity("United States").Country);
    }

    [Fact]
    public void Contested_place_names_are_aliases_of_one_place()
    {
        var result = Extract.Run("Pakistan condemned violations in Indian Occupied Kashmir (IOK). The curfew in IOK continued, and "
            + "people across Jammu and Kashmir stayed indoors.");
        var kashmir = result.Entity("Kashmir");
        Assert.Contains("Indian Occupied Kashmir", kashmir.MentionTexts());
        Assert.Contains("IOK", kashmir.MentionTexts());
        Assert.Contains("Jammu and Kashmir", kashmir.MentionTexts());
        Assert.Single(result.Entities, e => e.Type == "location" && e.Name.Contains("Kashmir", StringComparison.Ordinal));
    }

    [Fact]
    public void Acronym_defined_in_parentheses_is_a_mention_of_the_unknown_organisation()
    {
        var result = Extract.Run("The writer is a research intern at the Kashmir Institute of International Relations (KIIR). "
            + "Earlier, KIIR held a seminar in Islamabad.");
        var institute = result.Entity("Kashmir Institute of International Relations");
        Assert.Equal("organization", institute.Type);
        Assert.Equal(2, institute.Mentions.Count(m => m.Text == "KIIR"));
    }

    [Fact]
    public void Acronym_matching_the_initials_of_a_named_body_refers_to_it()
    {
        var result = Extract.Run("The session was held at the Muslim Awareness Research Forum in Lahore. "
            + "The participants included Khalid Rahman, chairman MARF, and Dr Waleed Rasool, senior research fellow.");
        var forum = result.Entity("Muslim Awareness Research Forum");
        Assert.Contains("MARF", forum.MentionTexts());
        Assert.Equal("person", result.Entity("Khalid Rahman").Type);
        Assert.Equal("person", result.Entity("Waleed Rasool").Type);
    }

    [Fact]
    public void Nationality_with_a_plural_noun_is_a_group_with_an_armed_body_an_organisation_and_known_peoples_are_groups()
    {
        var army = Extract.Run("The Peruvian army said its patrols had cleared the road.").Entity("Peruvian army");
        Assert.Equal(("organization", "PER"), (army.Type, army.Country));

        var result = Extract.Run("Indian occupation forces have barred Kashmiris from prayers, and Indian forces patrolled the streets.");
        var forces = result.Entity("Indian forces");
        Assert.Equal("group", forces.Type);
        Assert.Equal("IND", forces.Country);
        Assert.Equal(2, forces.Mentions.Count);
        Assert.Equal("group", result.Entity("Kashmiris").Type);
    }

    [Fact]
    public void The_newspaper_and_a_short_title_refer_back_to_the_named_paper()
    {
        var result = Extract.Run("In an interview with The New York Times, he spoke of war. The newspaper’s correspondent, Salman Masood, "
            + "wrote that it was his first interview. The Times noted that India rejected mediation.");
        var times = result.Entity("The New York Times");
        Assert.Contains("The newspaper", times.MentionTexts());
        Assert.Contains("Times", times.MentionTexts());
        Assert.Equal("person", result.Entity("Salman Masood").Type);
    }

    [Fact]
    public void Army_chief_with_lower_case_title_introduces_a_person()
    {
        var result = Extract.Run("He also met with Army chief Qamar Javed Bajwa to discuss matters of national security. Bajwa agreed.");
        var bajwa = result.Entity("Qamar Javed Bajwa");
        Assert.Equal(2, bajwa.Mentions.Count);
    }

    [Fact]
    public void Sentence_initial_common_words_and_event_names_are_not_entities()
    {
        var result = Extract.Run("Despite decades of repression, people continue to resist. Today people are marking Kashmir Solidarity Day. "
            + "Will the world allow a regional Pied Piper to lead it to war? despite everything, today is different.");
        Assert.DoesNotContain(result.Entities, e => e.Name is "Despite" or "Today" or "Kashmir Solidarity Day" or "Pied Piper");
    }

    [Fact]
    public void A_lone_surname_of_a_known_office_holder_gets_the_full_name_and_country()
    {
        var result = Extract.Run("Modi defended the decision in a televised address, while Putin said Russia was watching.");
        Assert.Equal("IND", result.Entity("Narendra Modi").Country);
        Assert.Equal("RUS", result.Entity("Vladimir Putin").Country);
    }

    [Fact]
    public void A_lone_unknown_name_that_speaks_is_a_person_but_a_common_surname_alone_is_not_guessed()
    {
        var result = Extract.Run("Ghafoor said the army stood ready. Khan called it illegal.");
        Assert.Equal("person", result.Entity("Ghafoor").Type);
        Assert.DoesNotContain(result.Entities, e => e.Name == "Imran Khan");
    }

    [Fact]
    public void A_place_missing_from_the_gazetteer_is_known_by_what_happened_there()
    {
        var result = Extract.Run("Survivors of the 2000 Chittisinghpura massacre still wait for justice. Chittisinghpura is a village in Anantnag.");
        var village = result.Entity("Chittisinghpura");
        Assert.Equal("location", village.Type);
        Assert.Equal(2, village.Mentions.Count);
    }

    [Fact]
    public void Names_with_initials_and_names_followed_by_a_date_are_whole_persons()
    {
        var result = Extract.Run("The meeting was addressed by Ghulam N. Fai on Monday. Indian External Affairs Minister S. Jaishankar replied.");
        Assert.Equal("person", result.Entity("Ghulam N. Fai").Type);
        Assert.Equal("IND", result.Entity("S. Jaishankar").Country);
    }

    [Fact]
    public void It_refers_to_the_one_country_named_before_it_but_not_as_an_empty_subject_or_aside()
    {
        var result = Extract.Run("Pakistan denies it has links to such groups. India, it noted, deployed troops. It is imperative that India listens.");
        Assert.Contains("it", result.Entity("Pakistan").MentionTexts());
        Assert.DoesNotContain("it", result.Entity("India").MentionTexts());
        Assert.DoesNotContain("It", result.Entity("India").MentionTexts());
    }

    [Fact]
    public void An_unnamed_head_of_government_in_a_dated_report_is_one_person_of_the_dateline_country()
    {
        var result = Extract.Run(
            "ISLAMABAD: The prime minister on Tuesday chaired a meeting of the National Security Committee.\n\n" +
            "The premier said Pakistan would raise the matter at the United Nations.", "2019-08-20");

        var office = Assert.Single(result.Entities, e => e.Type == "person");
        Assert.Equal("PAK", office.Country);
        Assert.Equal(["The prime minister", "The premier"], office.MentionTexts());
    }

    [Fact]
    public void A_vague_leader_without_a_country_is_not_made_a_person()
    {
        var result = Extract.Run("The leader of the delegation said talks would continue. The premier did not attend.");

        Assert.DoesNotContain(result.Entities, e => e.Type == "person");
    }
}
