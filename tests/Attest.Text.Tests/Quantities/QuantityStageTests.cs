namespace Attest.Text.Tests.Quantities;

public sealed class QuantityStageTests
{
    [Fact]
    public void Number_words_count_the_noun_that_follows()
    {
        var result = Extract.Run("He made three phone calls to the two leaders.");
        var calls = result.Quantities.Single(q => q.Text == "three phone calls");
        Assert.Equal(3, calls.Low);
        Assert.Equal(3, calls.High);
        Assert.Equal("phone calls", calls.Unit);
    }

    [Fact]
    public void Vague_plurals_are_ranges_with_their_unit()
    {
        var result = Extract.Run("India deployed thousands of troops and put millions of Kashmiris under siege.");
        var troops = result.Quantities.Single(q => q.Unit == "troops");
        Assert.Equal("thousands of troops", troops.Text);
        Assert.Equal(2000, troops.Low);
        Assert.Equal(9999, troops.High);
        var people = result.Quantities.Single(q => q.Unit == "Kashmiris");
        Assert.Equal(2_000_000, people.Low);
    }

    [Fact]
    public void Digits_scales_hedges_and_ranges_are_read()
    {
        var result = Extract.Run("Nearly 8 million people live there, 900,000 soldiers are posted, and 100 to 200 protesters were detained.");
        var people = result.Quantities.Single(q => q.Unit == "people");
        Assert.Equal(7_200_000, people.Low);
        Assert.Equal(8_000_000, people.High);
        Assert.Equal(900_000, result.Quantities.Single(q => q.Unit == "soldiers").Low);
        var protesters = result.Quantities.Single(q => q.Unit == "protesters");
        Assert.Equal((100, 200), (protesters.Low, protesters.High));
    }

    [Fact]
    public void Numbers_in_dates_and_numbers_without_a_counted_noun_are_not_quantities()
    {
        var result = Extract.Run("On August 5, 2019, India revoked Article 370 of the constitution.", "2019-08-20");
        Assert.Empty(result.Quantities);
    }
}
