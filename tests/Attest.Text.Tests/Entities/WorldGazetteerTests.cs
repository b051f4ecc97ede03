namespace Attest.Text.Tests.Entities;

/// <summary>The world gazetteer (towns and first-level regions of every country) and proper nouns the sentence puts somewhere.</summary>
public sealed class WorldGazetteerTests
{
    [Theory]
    [InlineData("Farmers blocked the roads around Cochabamba for a third day, the union said.", "Cochabamba", "BOL")] // a town
    [InlineData("Clashes between the two militias were reported across Oromia on Sunday.", "Oromia", "ETH")] // a first-level region
    public void Towns_and_regions_of_every_country_are_locations_of_their_country(string sentence, string name, string country)
    {
        var place = Extract.Run(sentence).Entity(name);
        Assert.Equal("location", place.Type);
        Assert.Equal(country, place.Country);
    }

    [Fact]
    public void A_name_written_without_its_diacritics_is_still_found()
    {
        var result = Extract.Run("Rescuers pulled two survivors from the rubble in Kahramanmaras overnight.");
        var town = Assert.Single(result.Entities, e => e.Type == "location");
        Assert.Equal("TUR", town.Country);
        Assert.Contains("Kahramanmaras", town.MentionTexts());
    }

    [Fact]
    public void Town_names_that_are_common_words_are_not_places_in_ordinary_use()
    {
        var result = Extract.Run("Police said the new rules would split the market. Most traders called it a fair deal. "
            + "Reading the report, Mobile operators saw little hope of a sale.");
        Assert.DoesNotContain(result.Entities, e => e.Type == "location");
    }

    [Fact]
    public void A_town_named_like_a_common_word_is_a_place_after_a_locative_preposition()
    {
        var result = Extract.Run("The ferry from Ancona docked in Split on Friday morning.");
        Assert.Equal("HRV", result.Entity("Split").Country);
    }

    [Fact]
    public void An_unknown_proper_noun_after_in_is_a_location()
    {
        var result = Extract.Run("Gunmen burned twelve houses in Tadkora before dawn, residents said.");
        Assert.Equal("location", result.Entity("Tadkora").Type);
    }

    [Fact]
    public void An_unknown_proper_noun_before_a_place_noun_is_a_location()
    {
        var result = Extract.Run("Soldiers searched every house of Berimanu village on Monday.");
        Assert.Equal("location", result.Entity("Berimanu").Type);
    }

    [Fact]
    public void A_person_named_after_from_is_not_a_place()
    {
        var result = Extract.Run("The committee read out a letter from Hallworth about the delays.");
        Assert.DoesNotContain(result.Entities, e => e.Type == "location");
    }

    [Fact]
    public void A_surname_that_is_also_a_town_stays_part_of_the_person()
    {
        var result = Extract.Run("Senator Maria Lincoln visited the camp on Monday. Lincoln later told reporters that the aid was late.");
        Assert.Equal("person", result.Entity("Maria Lincoln").Type);
        Assert.DoesNotContain(result.Entities, e => e.Type == "location");
    }
}
