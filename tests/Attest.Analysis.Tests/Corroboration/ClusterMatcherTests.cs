using Attest.Analysis.Corroboration;

namespace Attest.Analysis.Tests.Corroboration;

/// <summary>Whether two reports from different outlets tell the same event, when each tells it in its own words.</summary>
public sealed class ClusterMatcherTests
{
    private static readonly DateOnly Day = new(2023, 4, 2);

    [Fact]
    public void A_strike_and_a_killing_of_the_same_day_with_the_same_toll_are_one_event()
    {
        var strike = Event("a", "19", "Valdonian jets bombed the market district overnight, leaving 37 people dead", Toll(37, 37));
        var killing = Event("b", "18", "At least 37 residents lost their lives when shells fell on the bazaar before dawn", Toll(37, 45));
        Assert.Contains("same toll", new ClusterMatcher().Match(strike, killing), StringComparison.Ordinal);
    }

    [Fact]
    public void Different_tolls_do_not_make_two_retellings_one_event()
    {
        var strike = Event("a", "19", "Valdonian jets bombed the market district overnight, leaving 37 people dead", Toll(37, 37));
        var killing = Event("b", "18", "At least 12 residents lost their lives when shells fell on the bazaar before dawn", Toll(12, 12));
        Assert.Null(new ClusterMatcher().Match(strike, killing));
    }

    [Fact]
    public void A_small_toll_is_told_of_too_many_events_to_say_which_one()
    {
        var strike = Event("a", "19", "Valdonian jets bombed the market district overnight, leaving two people dead", Toll(2, 2));
        var killing = Event("b", "18", "Two residents lost their lives when shells fell on the bazaar before dawn", Toll(2, 2));
        Assert.Null(new ClusterMatcher().Match(strike, killing));
    }

    [Fact]
    public void A_use_of_force_and_a_statement_are_never_one_event()
    {
        var strike = Event("a", "19", "Valdonian jets bombed the market district overnight, leaving 37 people dead", Toll(37, 37));
        var condemnation = Event("b", "11", "The league condemned the bombing of the market district that left 37 people dead", Toll(37, 37));
        Assert.Null(new ClusterMatcher().Match(strike, condemnation));
    }

    [Fact]
    public void Two_reports_main_attacks_in_the_same_village_within_days_are_one_event()
    {
        var raid = Event("a", "18", "Rebels executed dozens of villagers in a night raid, the governor said", [], ["Varnok"]);
        var killing = Event("b", "18", "The United Nations said the armed group killed villagers in retaliation", [], ["Varnok", "Tarn"]);
        Assert.Contains("main attack at varnok", new ClusterMatcher().Match(raid, killing), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Main_attacks_in_different_villages_are_not_one_event_for_their_place()
    {
        var raid = Event("a", "18", "Rebels executed dozens of villagers in a night raid, the governor said", [], ["Varnok"]);
        var killing = Event("b", "18", "The United Nations said the armed group killed villagers in retaliation", [], ["Tarn"]);
        Assert.Null(new ClusterMatcher().Match(raid, killing));
    }

    [Theory]
    [InlineData("Al-Mawasi", "Mawasi")]
    [InlineData("al Mawasi", "MAWASI")]
    public void Outlets_spellings_of_one_place_share_a_key(string one, string other) =>
        Assert.Equal(SpecificPlaces.Key(one), SpecificPlaces.Key(other));

    [Theory]
    [InlineData("18", "19", "20")]
    public void Assault_fight_and_mass_violence_are_one_family(string assault, string fight, string massacre)
    {
        Assert.Equal(CameoFamily.Of(assault), CameoFamily.Of(fight));
        Assert.Equal(CameoFamily.Of(fight), CameoFamily.Of(massacre));
        Assert.NotEqual(CameoFamily.Of("11"), CameoFamily.Of(fight));
    }

    private static ReportedCount[] Toll(double low, double high) => [new("killed", "people", low, high, low.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static ItemProfile Event(string source, string root, string text, ReportedCount[] counts, string[]? places = null) =>
        new(ItemProfile.EventKind, $"{source}/v1", source, Day, null, root, "unknown", null, "civilians", "VLD", null,
            "author", null, null, ContentTerms.Of(text), false, counts.Length > 0 ? counts : null, Places: places);
}
