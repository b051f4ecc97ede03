using Attest.Analysis.Corroboration;
using Attest.Text;
using Attest.Text.Pipeline;

namespace Attest.Analysis.Tests.Corroboration;

/// <summary>Which numbers in a report count people something happened to, read from real extractions of fictional reports.</summary>
public sealed class ReportedCountsTests
{
    [Fact]
    public void Killing_twelve_civilians_is_a_count_of_civilians_killed()
    {
        var counts = CountsOf("Valdoria said Kestrian artillery had shelled three villages in the Sarn Valley overnight, killing 12 civilians.");

        var killed = Assert.Single(counts);
        Assert.Equal(("killed", "civilian", 12.0, 12.0), (killed.Outcome, killed.Unit, killed.Low, killed.High));
    }

    [Fact]
    public void Two_soldiers_were_reportedly_wounded_is_a_count_of_soldiers_injured()
    {
        var counts = CountsOf("Kestrian officials said two soldiers were reportedly wounded near Dal Crossing on Monday.");

        var injured = Assert.Single(counts);
        Assert.Equal(("injured", "soldier", 2.0), (injured.Outcome, injured.Unit, injured.Low));
    }

    [Fact]
    public void Numbers_that_say_nothing_happened_to_anyone_are_not_counts()
    {
        Assert.Empty(CountsOf("The delegation visited three villages and met 40 elders in the Sarn Valley on Monday."));
    }

    [Fact]
    public void Executing_villagers_is_a_count_of_people_killed()
    {
        var executed = Assert.Single(CountsOf("The UN said the rebels executed 131 villagers in the Sarn Valley."));
        Assert.Equal(("killed", 131.0), (executed.Outcome, executed.Low));
    }

    [Theory]
    [InlineData("civilian", "people", true)] // "100 civilians" and "300 people" count the same people
    [InlineData("villager", "palestinian", true)] // a nationality counts people too
    [InlineData("soldier", "civilian", false)] // three soldiers and nine civilians are different people
    public void Very_different_tolls_conflict_only_for_the_same_people(string unit, string otherUnit, bool conflict) =>
        Assert.Equal(conflict, new ReportedCount("killed", unit, 100, 100, "100").Conflicts(new ReportedCount("killed", otherUnit, 300, 300, "300")));

    private static IReadOnlyList<ReportedCount> CountsOf(string text)
    {
        var extraction = ExtractionPipeline.Default.Extract(text, new DocumentContext(new DateOnly(2026, 3, 3), null, null, "en"));
        return ReportedCounts.In(extraction, text, 0, text.Length);
    }
}
