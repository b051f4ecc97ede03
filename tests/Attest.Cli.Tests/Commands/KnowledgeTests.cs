using System.Text.Json;
using System.Text.RegularExpressions;

namespace Attest.Cli.Tests.Commands;

/// <summary>Issue 4's promises on the seed corpus: one record per real actor or place, linked from every document, corrections kept.</summary>
public sealed class KnowledgeTests : IDisposable
{
    private readonly TempFolder folder = new();

    public KnowledgeTests()
    {
        CliRun.In(folder.Path, "init");
        var add = CliRun.In(folder.Path, "add", SharedCorpus.Seeds);
        Assert.True(add.ExitCode == 0, add.Error);
    }

    public static TheoryData<string, string> KnownActors => new()
    {
        { "Imran Khan", @"\bImran\b|\bPM Khan\b" },
        { "Narendra Modi", @"\bModi\b" },
        { "Donald Trump", @"\bTrump\b" },
        { "António Guterres", @"\bGuterres\b" },
        { "United Nations Security Council", @"Security Council|\bUNSC\b" },
        { "Organisation of Islamic Cooperation", @"\bOIC\b|Islamic Cooperation" },
    };

    [Theory]
    [MemberData(nameof(KnownActors))]
    public void Each_known_actor_is_one_record_linked_from_every_seed_that_names_it(string name, string pattern)
    {
        var expected = Directory.GetFiles(SharedCorpus.Seeds)
            .Where(f => Regex.IsMatch(File.ReadAllText(f), pattern))
            .Select(f => Path.GetFullPath(f))
            .Order()
            .ToList();

        var record = ShowOne(name);

        var linked = record.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("origin").GetString()!).Distinct().Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, linked);
    }

    [Fact]
    public void The_disputed_region_is_one_record_under_all_its_names()
    {
        var byNeutral = ShowOne("Kashmir").GetProperty("record").GetProperty("id").GetString();

        foreach (var name in new[] { "IOK", "Indian Occupied Kashmir", "IIOJ&K", "Jammu and Kashmir" })
        {
            Assert.Equal(byNeutral, ShowOne(name).GetProperty("record").GetProperty("id").GetString());
        }

        var linked = ShowOne("Kashmir").GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("sourceId").GetString()).Distinct().Count();
        Assert.Equal(Directory.GetFiles(SharedCorpus.Seeds).Count(f => File.ReadAllText(f).Contains("Kashmir", StringComparison.Ordinal)), linked);
    }

    [Fact]
    public void The_prime_minister_resolves_to_the_office_holder_on_the_publication_date()
    {
        const string Report = "ISLAMABAD: The prime minister on Tuesday chaired a meeting of the National Security Committee on the situation in Kashmir.\n";
        File.WriteAllText(folder.Combine("nsc-2019.txt"), Report);
        File.WriteAllText(folder.Combine("nsc-2023.txt"), Report + "\nThe committee will meet again next month.\n");

        CliRun.In(folder.Path, "add", folder.Combine("nsc-2019.txt"), "--published", "2019-08-20");
        CliRun.In(folder.Path, "add", folder.Combine("nsc-2023.txt"), "--published", "2023-03-07");

        string[] LinkedFiles(string person) => [.. ShowOne(person).GetProperty("mentions").EnumerateArray()
            .Select(m => Path.GetFileName(m.GetProperty("origin").GetString()!)).Where(f => f.StartsWith("nsc-", StringComparison.Ordinal))];
        Assert.Equal(["nsc-2019.txt"], LinkedFiles("Imran Khan"));
        Assert.Equal(["nsc-2023.txt"], LinkedFiles("Shehbaz Sharif"));
        Assert.Contains(ShowOne("Imran Khan").GetProperty("mentions").EnumerateArray(), m => m.GetProperty("rule").GetString() == "role-on-date");
    }

    [Fact]
    public void A_merge_by_hand_survives_reextraction()
    {
        var institute = ShowOne("Institute of Policy Studies").GetProperty("record").GetProperty("id").GetString();
        var candidate = JsonDocument.Parse(CliRun.In(folder.Path, "entities", "--json").Out).RootElement.EnumerateArray()
            .Select(e => (Source: e.GetProperty("sourceId").GetString()!, Id: e.GetProperty("entityId").GetString()!, Name: e.GetProperty("name").GetString()!))
            .First(e => e.Name.Contains("Institute of Policy Studies", StringComparison.Ordinal) || e.Name == "IPS");
        var split = CliRun.In(folder.Path, "entities", "split", $"{candidate.Source}/{candidate.Id}", "--label", "IPS Islamabad");
        Assert.True(split.ExitCode == 0, split.Error);
        var newId = Regex.Match(split.Out, @"new record (\S+)").Groups[1].Value;

        var merge = CliRun.In(folder.Path, "entities", "merge", newId, institute!);
        var reextract = CliRun.In(folder.Path, "reextract");
        var shown = ShowOne(newId);

        Assert.True(merge.ExitCode == 0, merge.Error);
        Assert.True(reextract.ExitCode == 0, reextract.Error);
        Assert.Equal(institute, shown.GetProperty("record").GetProperty("id").GetString());
        Assert.Contains(shown.GetProperty("mentions").EnumerateArray(),
            m => m.GetProperty("sourceId").GetString() == candidate.Source && m.GetProperty("rule").GetString() == "manual");
        Assert.True(CliRun.In(folder.Path, "verify").ExitCode == 0);
    }

    [Fact]
    public void Aliases_added_by_hand_find_the_record_and_are_in_the_export()
    {
        var alias = CliRun.In(folder.Path, "entities", "alias", "add", "Imran Khan", "Kaptaan", "--used-by", "PTI supporters", "--language", "ur");
        var export = CliRun.In(folder.Path, "knowledge", "export", "-");

        Assert.True(alias.ExitCode == 0, alias.Error);
        Assert.Equal(ShowOne("Imran Khan").GetProperty("record").GetProperty("id").GetString(),
            ShowOne("Kaptaan").GetProperty("record").GetProperty("id").GetString());
        Assert.Contains("\"Kaptaan\"", export.Out);
        Assert.Contains("PTI supporters", export.Out);
    }

    [Fact]
    public void Knowledge_export_imports_into_another_workspace_without_loss()
    {
        CliRun.In(folder.Path, "entities", "role", "add", "Imran Khan", "chairman of PTI", "--country", "PAK", "--from", "1996-04-25");
        var file = folder.Combine("pack.jsonl");
        Assert.Equal(0, CliRun.In(folder.Path, "knowledge", "export", file).ExitCode);
        var other = Directory.CreateDirectory(folder.Combine("other")).FullName;
        CliRun.In(other, "init");

        var import = CliRun.In(other, "knowledge", "import", file);
        var again = CliRun.In(other, "knowledge", "export", "-");

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Equal(File.ReadAllLines(file).Order(), again.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order());
    }

    [Fact]
    public void A_broken_import_line_is_named_and_the_rest_is_imported()
    {
        var file = folder.Combine("broken.jsonl");
        File.WriteAllLines(file,
        [
            """{"id":"user:organization:valley-relief-trust","type":"organization","label":"Valley Relief Trust","country":null,"lat":null,"lon":null,"origin":"user","names":[{"name":"VRT","language":"en","usedBy":null}],"roles":[]}""",
            """{"id": 12, "label": """,
        ]);

        var import = CliRun.In(folder.Path, "knowledge", "import", file);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("broken.jsonl:2", import.Error);
        Assert.Equal("user:organization:valley-relief-trust", ShowOne("VRT").GetProperty("record").GetProperty("id").GetString());
    }

    public void Dispose() => folder.Dispose();

    private JsonElement ShowOne(string name)
    {
        var run = CliRun.In(folder.Path, "entities", "show", name, "--json");
        Assert.True(run.ExitCode == 0, $"entities show {name}: {run.Error}");
        return Assert.Single(JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList());
    }
}
