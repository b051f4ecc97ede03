using Attest.Analysis.Resolution;

namespace Attest.Analysis.Tests.Resolution;

public sealed class RolePhraseTests
{
    [Theory]
    [InlineData("the Pakistani prime minister", "prime minister", "PAK", false, "")]
    [InlineData("Pakistan’s Prime Minister", "prime minister", "PAK", false, "")]
    [InlineData("the premier", "prime minister", null, false, "")]
    [InlineData("UN chief", "secretary-general", null, true, "")]
    [InlineData("the UN human rights chief", "high commissioner", null, true, "")]
    [InlineData("PM Khan", "prime minister", null, false, "khan")]
    [InlineData("US President Donald Trump", "president", "USA", false, "donald trump")]
    [InlineData("Imran Khan", null, null, false, "imran khan")]
    public void Titles_country_words_and_the_name_are_read_apart(string text, string? role, string? country, bool international, string name)
    {
        var phrase = RolePhrase.Parse(text);
        Assert.Equal((role, country, international, name), (phrase.Role, phrase.Country, phrase.International, phrase.Name));
    }

    [Fact]
    public void Former_marks_a_past_holder()
    {
        var phrase = RolePhrase.Parse("the former Indian army chief");
        Assert.True(phrase.Former);
        Assert.True(phrase.IsRoleOnly);
        Assert.Equal(("army chief", "IND"), (phrase.Role, phrase.Country));
    }
}
