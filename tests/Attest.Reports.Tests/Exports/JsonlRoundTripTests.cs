using System.Text.Json;
using Attest.Reports.Tests.Support;

namespace Attest.Reports.Tests.Exports;

[Collection(SeedWorkspaceCollection.Name)]
public sealed class JsonlRoundTripTests(SeedWorkspace workspace)
{
    [Fact]
    public void Every_jsonl_line_parses_and_says_what_kind_of_record_it_is()
    {
        var path = workspace.OutputPath("all.jsonl");

        workspace.Run("export", "--format", "jsonl", "--out", path);

        var lines = File.ReadAllLines(path);
        var kinds = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("kind").GetString()).ToList();
        Assert.All(kinds, k => Assert.Contains(k, new[] { "record", "source", "link", "event", "claim" }));
        Assert.Equal(PublishedSeeds.Files.Count(), kinds.Count(k => k == "source"));
        Assert.Contains("event", kinds);
        Assert.Contains("claim", kinds);
        var source = lines.Select(l => JsonDocument.Parse(l).RootElement).First(e => e.GetProperty("kind").GetString() == "source");
        var bytes = Convert.FromBase64String(source.GetProperty("content").GetString()!);
        Assert.Equal(source.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        Assert.Equal("attest.extraction/1", source.GetProperty("extraction").GetProperty("schema").GetString());
    }

    [Fact]
    public void Jsonl_export_then_import_into_a_new_workspace_then_export_gives_the_same_records()
    {
        using var other = new TempFolder();
        var exported = workspace.OutputPath("first.jsonl");
        var again = other.Combine("second.jsonl");
        workspace.Run("export", "--format", "jsonl", "--out", exported);
        CliRun.In(other.Path, "init");

        var import = CliRun.In(other.Path, "import", "--format", "jsonl", exported);
        CliRun.In(other.Path, "export", "--format", "jsonl", "--out", again);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Equal(File.ReadAllLines(exported).Order(StringComparer.Ordinal), File.ReadAllLines(again).Order(StringComparer.Ordinal));
        var verify = CliRun.In(other.Path, "verify");
        Assert.True(verify.ExitCode == 0, verify.Out + verify.Error);
        Assert.Equal(
            JsonDocument.Parse(workspace.Run("sources", "--json").Out).RootElement.EnumerateArray().Select(s => s.GetProperty("sha256").GetString()).Order(),
            JsonDocument.Parse(CliRun.In(other.Path, "sources", "--json").Out).RootElement.EnumerateArray().Select(s => s.GetProperty("sha256").GetString()).Order());
    }

    [Fact]
    public void Importing_the_same_file_twice_adds_nothing_the_second_time()
    {
        using var other = new TempFolder();
        var exported = workspace.OutputPath("twice.jsonl");
        workspace.Run("export", "--format", "jsonl", "--out", exported);
        CliRun.In(other.Path, "init");

        CliRun.In(other.Path, "import", exported);
        var second = CliRun.In(other.Path, "import", exported);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"0 source(s) added, {PublishedSeeds.Files.Count()} already present, 0 knowledge record(s) added", second.Error);
        Assert.Equal(PublishedSeeds.Files.Count(), JsonDocument.Parse(CliRun.In(other.Path, "sources", "--json").Out).RootElement.GetArrayLength());
    }

    [Fact]
    public void A_bad_line_is_named_by_file_and_line_and_the_rest_is_imported()
    {
        using var other = new TempFolder();
        var exported = workspace.OutputPath("good.jsonl");
        workspace.Run("export", "--format", "jsonl", "--out", exported);
        var lines = File.ReadAllLines(exported).ToList();
        var sourceLines = lines.Select((l, i) => (l, i)).Where(p => p.l.StartsWith("{\"kind\":\"source\"", StringComparison.Ordinal)).Select(p => p.i).ToList();
        lines[sourceLines[0]] = "{\"kind\":\"source\", this is not json";
        var tampered = JsonDocument.Parse(lines[sourceLines[1]]).RootElement;
        lines[sourceLines[1]] = lines[sourceLines[1]].Replace(tampered.GetProperty("content").GetString()!, Convert.ToBase64String("altered"u8.ToArray()), StringComparison.Ordinal);
        var bad = other.Combine("bad.jsonl");
        File.WriteAllLines(bad, lines);
        CliRun.In(other.Path, "init");

        var run = CliRun.In(other.Path, "import", bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"bad.jsonl:{sourceLines[0] + 1}: refused", run.Error);
        Assert.Contains($"bad.jsonl:{sourceLines[1] + 1}: source {tampered.GetProperty("id").GetString()} refused: its content hashes to", run.Error);
        Assert.Contains($"{PublishedSeeds.Files.Count() - 2} source(s) added", run.Error);
        Assert.Equal(0, CliRun.In(other.Path, "verify").ExitCode);
    }
}
