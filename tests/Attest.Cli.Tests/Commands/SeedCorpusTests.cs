using System.Text.Json;

namespace Attest.Cli.Tests.Commands;

/// <summary>The foundation's promises on the real seed corpus: capture, datelines, search, idempotent re-adding.</summary>
public sealed class SeedCorpusTests(SeedWorkspace workspace) : IClassFixture<SeedWorkspace>
{
    [Fact]
    public void Seed_folder_ingests_as_five_sources()
    {
        Assert.Equal(0, workspace.Init.ExitCode);
        Assert.True(workspace.FirstAdd.ExitCode == 0, workspace.FirstAdd.Error);
        Assert.Equal(5, workspace.FirstAdd.Out.Split('\n').Count(l => l.StartsWith("added", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sources_json_lists_each_source_with_id_origin_hash_and_parsed_datelines()
    {
        var run = CliRun.In(workspace.Root, "sources", "--json");

        Assert.Equal(0, run.ExitCode);
        var sources = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, sources.Count);
        Assert.All(sources, s =>
        {
            Assert.Equal(12, s.GetProperty("id").GetString()!.Length);
            Assert.Equal(64, s.GetProperty("sha256").GetString()!.Length);
            Assert.StartsWith(SharedCorpus.Seeds, s.GetProperty("metadata").GetProperty("origin").GetString());
            Assert.Equal("en", s.GetProperty("metadata").GetProperty("language").GetString());
        });
        var datelines = sources
            .Select(s => s.GetProperty("metadata").GetProperty("dateline"))
            .Where(d => d.ValueKind == JsonValueKind.Object)
            .ToList();
        Assert.True(datelines.Count >= 3, $"expected datelines in at least three seeds, got {datelines.Count}");
        Assert.Contains(datelines, d => d.GetProperty("agency").GetString() == "DNA" && d.GetProperty("date").GetString() == "DEC 8");
        Assert.All(datelines, d => Assert.Equal("ISLAMABAD", d.GetProperty("place").GetString()!.ToUpperInvariant()));
    }

    [Fact]
    public void Search_for_Security_Council_finds_the_three_seeds_that_mention_it()
    {
        var run = CliRun.In(workspace.Root, "search", "Security Council", "--json");

        Assert.Equal(0, run.ExitCode);
        var hits = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        var expected = Directory.GetFiles(SharedCorpus.Seeds)
            .Where(f => File.ReadAllText(f).Contains("Security Council", StringComparison.OrdinalIgnoreCase))
            .Select(Path.GetFullPath)
            .Order()
            .ToList();
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, hits.Select(h => h.GetProperty("origin").GetString()!).Order());
        Assert.All(hits, h => Assert.Contains("**", h.GetProperty("snippet").GetString()));
    }

    [Fact]
    public void Search_filters_by_date()
    {
        var run = CliRun.In(workspace.Root, "search", "Kashmir", "--from", "2999-01-01", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(JsonDocument.Parse(run.Out).RootElement.EnumerateArray());
    }

    [Fact]
    public void Adding_the_folder_again_adds_nothing()
    {
        var again = CliRun.In(workspace.Root, "add", SharedCorpus.Seeds);

        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain("\nadded", "\n" + again.Out);
        Assert.Equal(5, again.Out.Split('\n').Count(l => l.StartsWith("present", StringComparison.Ordinal)));
        Assert.Contains("0 added, 5 already present, 0 failed", again.Error);
    }

    [Fact]
    public void Commands_find_the_workspace_from_a_sub_folder()
    {
        var sub = Directory.CreateDirectory(Path.Combine(workspace.Root, "notes", "2019")).FullName;

        var run = CliRun.In(sub, "sources", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, JsonDocument.Parse(run.Out).RootElement.GetArrayLength());
    }

    [Fact]
    public void Verify_passes_on_an_untouched_workspace()
    {
        var run = CliRun.In(workspace.Root, "verify");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("OK: 5 source(s)", run.Out);
    }

    [Fact]
    public void Claims_can_be_listed_by_speaker_kind_with_their_source()
    {
        var anonymous = JsonDocument.Parse(CliRun.In(workspace.Root, "claims", "--speaker", "anonymous", "--json").Out).RootElement.EnumerateArray().ToList();
        var all = JsonDocument.Parse(CliRun.In(workspace.Root, "claims", "--json").Out).RootElement.GetArrayLength();

        Assert.NotEmpty(anonymous);
        Assert.True(anonymous.Count < all);
        Assert.All(anonymous, c =>
        {
            Assert.Equal("anonymous", c.GetProperty("speakerKind").GetString());
            Assert.Equal(12, c.GetProperty("sourceId").GetString()!.Length);
            Assert.StartsWith(SharedCorpus.Seeds, c.GetProperty("origin").GetString());
        });
    }

    [Fact]
    public void Events_can_be_listed_by_cameo_code_and_entities_by_name()
    {
        var consults = JsonDocument.Parse(CliRun.In(workspace.Root, "events", "--code", "04", "--json").Out).RootElement.EnumerateArray().ToList();
        var modi = JsonDocument.Parse(CliRun.In(workspace.Root, "entities", "--entity", "Modi", "--json").Out).RootElement.EnumerateArray().ToList();

        Assert.NotEmpty(consults);
        Assert.All(consults, e => Assert.StartsWith("04", e.GetProperty("cameo").GetString()));
        Assert.NotEmpty(modi);
        Assert.All(modi, e => Assert.Equal("person", e.GetProperty("type").GetString()));
    }

    [Fact]
    public void Extract_prints_the_contract_json_for_a_seed()
    {
        var seed = Directory.GetFiles(SharedCorpus.Seeds).Order().First();

        var run = CliRun.In(workspace.Root, "extract", seed, "--published", "2020-02-05", "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("attest.extraction/1", root.GetProperty("schema").GetString());
        Assert.Equal("2020-02-05", root.GetProperty("document").GetProperty("published").GetString());
        var text = File.ReadAllText(seed);
        foreach (var sentence in root.GetProperty("sentences").EnumerateArray())
        {
            Assert.InRange(sentence.GetProperty("end").GetInt32(), sentence.GetProperty("start").GetInt32() + 1, text.Length);
        }

        foreach (var mention in root.GetProperty("entities").EnumerateArray().SelectMany(e => e.GetProperty("mentions").EnumerateArray()))
        {
            var start = mention.GetProperty("start").GetInt32();
            Assert.Equal(mention.GetProperty("text").GetString(), text[start..mention.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public void Extract_names_a_missing_file()
    {
        var run = CliRun.In(workspace.Root, "extract", "no-such-report.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-report.txt", run.Error);
    }
}
