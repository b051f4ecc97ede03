using Attest.Reports.Exports.Acled;
using Attest.Reports.Tests.Support;

namespace Attest.Reports.Tests.Exports;

[Collection(SeedWorkspaceCollection.Name)]
public sealed class AcledExportTests(SeedWorkspace workspace)
{
    // ACLED's export columns, in ACLED's order (ACLED Codebook 2023 / the data export tool), written out here independently of the code.
    private static readonly string[] AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
        "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
        "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    private static readonly Dictionary<string, string[]> AcledTypes = new()
    {
        ["Battles"] = ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
        ["Explosions/Remote violence"] = ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
        ["Violence against civilians"] = ["Sexual violence", "Attack", "Abduction/forced disappearance"],
        ["Protests"] = ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
        ["Riots"] = ["Violent demonstration", "Mob violence"],
        ["Strategic developments"] = ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
    };

    [Fact]
    public void Acled_csv_has_exactly_ACLEDs_columns_and_only_ACLED_event_types()
    {
        var path = workspace.OutputPath("acled.csv");
        var all = workspace.OutputPath("events.csv");

        var run = workspace.Run("export", "--format", "acled", "--out", path);
        workspace.Run("export", "--format", "csv", "--out", all);

        Assert.True(run.ExitCode == 0, run.Error);
        var csv = ParsedCsv.Read(path);
        Assert.Equal(AcledColumns, csv.Header);
        var mappable = ParsedCsv.Read(all).Rows.Count(r => r["negated"] == "false" && r["hypothetical"] == "false" && AcledMapping.For(r["cameo"]) is not null);
        Assert.True(mappable > 0, "the seeds report protests, arrests or attacks");
        Assert.Equal(mappable, csv.Rows.Count);
        Assert.All(csv.Rows, r =>
        {
            Assert.Contains(r["sub_event_type"], AcledTypes[r["event_type"]]);
            Assert.Contains("sha256", r["notes"]);
            if (r["event_date"].Length > 0)
            {
                Assert.Equal(r["event_date"][..4], r["year"]);
            }
        });
        Assert.Contains("left out", run.Error);
    }

    [Theory]
    [InlineData("141", "Protests", "Peaceful protest")]
    [InlineData("145", "Riots", "Violent demonstration")]
    [InlineData("1831", "Explosions/Remote violence", "Suicide bomb")]
    [InlineData("190", "Battles", "Armed clash")]
    [InlineData("173", "Strategic developments", "Arrests")]
    public void Cameo_codes_map_to_the_most_specific_ACLED_type(string cameo, string type, string subType)
    {
        var mapped = AcledMapping.For(cameo);

        Assert.Equal(type, mapped?.EventType);
        Assert.Equal(subType, mapped?.SubEventType);
    }

    [Theory]
    [InlineData("010")]
    [InlineData("040")]
    [InlineData("112")]
    public void Verbal_events_have_no_ACLED_type(string cameo) => Assert.Null(AcledMapping.For(cameo));
}
