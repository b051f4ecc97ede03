using System.Text.Json;
using System.Text.RegularExpressions;
using Attest.Reports.Exports.Csv;
using Attest.Reports.Tests.Support;

namespace Attest.Reports.Tests.Exports;

[Collection(SeedWorkspaceCollection.Name)]
public sealed partial class CsvExportTests(SeedWorkspace workspace)
{
    [Fact]
    public void Event_csv_parses_back_with_its_header_and_one_row_per_event()
    {
        var path = workspace.OutputPath("events.csv");

        var run = workspace.Run("export", "--format", "csv", "--out", path);

        Assert.True(run.ExitCode == 0, run.Error);
        var csv = ParsedCsv.Read(path);
        var listed = JsonDocument.Parse(workspace.Run("events", "--json", "--limit", "100000").Out).RootElement.GetArrayLength();
        Assert.Equal(CsvExport.EventColumns, csv.Header);
        Assert.True(listed > 10, $"the seeds should give events, got {listed}");
        Assert.Equal(listed, csv.Rows.Count);
        Assert.All(csv.Rows, r => Assert.Matches(EventId(), r["id"]));
        Assert.Equal(csv.Rows.Count, csv.Rows.Select(r => r["id"]).Distinct().Count());
        Assert.All(csv.Rows, r => Assert.Equal(64, r["source_sha256"].Length));
        Assert.Contains(csv.Rows, r => r["passage"].Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void Claim_and_source_tables_have_a_row_per_claim_and_per_source()
    {
        var claims = workspace.OutputPath("claims.csv");
        var sources = workspace.OutputPath("sources.csv");

        workspace.Run("export", "--format", "csv", "--items", "claims", "--out", claims);
        workspace.Run("export", "--format", "csv", "--items", "sources", "--out", sources);

        var listed = JsonDocument.Parse(workspace.Run("claims", "--json", "--limit", "100000").Out).RootElement.GetArrayLength();
        Assert.Equal(CsvExport.ClaimColumns, ParsedCsv.Read(claims).Header);
        Assert.Equal(listed, ParsedCsv.Read(claims).Rows.Count);
        Assert.Equal(PublishedSeeds.Files.Count(), ParsedCsv.Read(sources).Rows.Count);
        Assert.All(ParsedCsv.Read(sources).Rows, r => Assert.StartsWith(r["id"], r["sha256"], StringComparison.Ordinal));
    }

    [Fact]
    public void Identifiers_are_the_same_in_every_export()
    {
        var first = workspace.OutputPath("a.csv");
        var second = workspace.OutputPath("b.csv");

        workspace.Run("export", "--format", "csv", "--out", first);
        workspace.Run("export", "--format", "cameo", "--out", second);

        Assert.Equal(ParsedCsv.Read(first).Rows.Select(r => r["id"]), ParsedCsv.Read(second).Rows.Select(r => r["event_id"]));
    }

    [Fact]
    public void Event_type_date_and_actor_filters_narrow_the_rows()
    {
        var all = workspace.OutputPath("all.csv");
        var disapprove = workspace.OutputPath("11.csv");
        var dated = workspace.OutputPath("dated.csv");
        var pakistan = workspace.OutputPath("pak.csv");

        workspace.Run("export", "--format", "csv", "--out", all);
        workspace.Run("export", "--format", "csv", "--event-type", "11", "--out", disapprove);
        workspace.Run("export", "--format", "csv", "--from", "2019-08-01", "--to", "2019-08-31", "--out", dated);
        workspace.Run("export", "--format", "csv", "--actor", "PAK", "--out", pakistan);

        var total = ParsedCsv.Read(all).Rows.Count;
        var rows11 = ParsedCsv.Read(disapprove).Rows;
        Assert.InRange(rows11.Count, 1, total - 1);
        Assert.All(rows11, r => Assert.StartsWith("11", r["cameo"], StringComparison.Ordinal));
        var august = ParsedCsv.Read(dated).Rows;
        Assert.InRange(august.Count, 1, total - 1);
        Assert.All(august, r => Assert.StartsWith("2019-08", r["event_date"] is { Length: > 0 } d ? d : r["published"], StringComparison.Ordinal));
        var pak = ParsedCsv.Read(pakistan).Rows;
        Assert.InRange(pak.Count, 1, total - 1);
        Assert.All(pak, r => Assert.True(r["actor_country"] == "PAK" || r["target_country"] == "PAK", r["id"]));
    }

    [Fact]
    public void Query_keeps_only_items_from_sources_that_match_the_search()
    {
        var path = workspace.OutputPath("council.csv");

        workspace.Run("export", "--format", "csv", "--query", "\"Security Council\"", "--out", path);

        var matching = JsonDocument.Parse(workspace.Run("search", "\"Security Council\"", "--json").Out).RootElement.EnumerateArray()
            .Select(h => h.GetProperty("sourceId").GetString()).ToHashSet();
        var rows = ParsedCsv.Read(path).Rows;
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(r["source_id"], matching));
    }

    [Fact]
    public void Local_paths_are_left_out_unless_sensitive_fields_are_asked_for()
    {
        var plain = workspace.OutputPath("plain.csv");
        var sensitive = workspace.OutputPath("sensitive.csv");

        workspace.Run("export", "--format", "csv", "--items", "sources", "--out", plain);
        workspace.Run("export", "--format", "csv", "--items", "sources", "--include-sensitive", "--out", sensitive);

        Assert.All(ParsedCsv.Read(plain).Rows, r => Assert.DoesNotContain("/", r["origin"]));
        Assert.All(ParsedCsv.Read(sensitive).Rows, r => Assert.StartsWith(PublishedSeeds.Folder, r["origin"], StringComparison.Ordinal));
    }

    [GeneratedRegex("^[0-9a-f]{12}/v[0-9]+$")]
    private static partial Regex EventId();
}
