using System.Text.Json;

namespace Attest.Cli.Tests.Commands;

/// <summary>Copies of one text are one origin: a lightly edited seed under a new headline joins the seed's origin.</summary>
public sealed class CopyOriginTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void A_lightly_edited_copy_under_a_new_headline_has_the_origin_of_the_original()
    {
        var seed = Directory.GetFiles(SharedCorpus.Seeds).Order().ElementAt(2);
        var text = File.ReadAllText(seed);
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var copy = folder.Combine("reprint.txt");
        File.WriteAllText(copy, "Islamabad presses Washington on the valley\n\n" +
            body.Replace("Sources said", "Informed sources said", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal));
        CliRun.In(folder.Path, "init");
        Assert.Equal(0, CliRun.In(folder.Path, "add", SharedCorpus.Seeds).ExitCode);

        var add = CliRun.In(folder.Path, "add", copy);
        var sources = JsonDocument.Parse(CliRun.In(folder.Path, "sources", "--json").Out).RootElement.EnumerateArray()
            .ToDictionary(s => s.GetProperty("metadata").GetProperty("origin").GetString()!, s => (Id: s.GetProperty("id").GetString()!, Origin: s.GetProperty("origin").GetString()));

        Assert.Equal(0, add.ExitCode);
        var original = sources[Path.GetFullPath(seed)];
        Assert.Equal(original.Id, original.Origin);
        Assert.Equal(original.Id, sources[copy].Origin);
        Assert.Equal(sources.Count - 1, sources.Values.Select(s => s.Origin).Distinct().Count());
        Assert.Contains("copy: same origin as " + original.Id, CliRun.In(folder.Path, "sources").Out);
        var show = CliRun.In(folder.Path, "sources", "show", sources[copy].Id);
        Assert.Contains("copies " + original.Id, show.Out);
        Assert.Contains("the premier also asked the US president", show.Out);
    }

    public void Dispose() => folder.Dispose();
}
