using System.Text.Json;

namespace Attest.Cli.Tests.Commands;

/// <summary><c>attest extract A B … --out DIR</c>: one JSON file per document, the same as extracting each alone.</summary>
public sealed class ExtractBatchTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Each_document_gets_the_json_it_would_get_alone()
    {
        File.WriteAllText(folder.Combine("first.txt"), "The harbour master said the ice would not hold a truck.\n");
        File.WriteAllText(folder.Combine("second.txt"), "According to the ferry company, the crossing will reopen on Monday.\n");

        var run = CliRun.In(folder.Path, "extract", folder.Combine("first.txt"), folder.Combine("second.txt"), "--out", folder.Combine("out"));

        Assert.Equal(0, run.ExitCode);
        foreach (var name in new[] { "first", "second" })
        {
            var alone = CliRun.In(folder.Path, "extract", folder.Combine(name + ".txt"), "--json").Out;
            Assert.Equal(alone.TrimEnd(), File.ReadAllText(folder.Combine("out", name + ".json")).TrimEnd());
        }
    }

    [Fact]
    public void An_unreadable_document_is_named_and_the_others_are_still_written()
    {
        File.WriteAllText(folder.Combine("good.txt"), "The mayor said the bridge would be repaired.\n");
        File.WriteAllBytes(folder.Combine("broken.pdf"), "%PDF-1.4 not really a pdf"u8.ToArray());

        var run = CliRun.In(folder.Path, "extract", folder.Combine("broken.pdf"), folder.Combine("good.txt"), "--out", folder.Combine("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.pdf", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("out", "broken.json")));
        var claims = JsonDocument.Parse(File.ReadAllText(folder.Combine("out", "good.json"))).RootElement.GetProperty("claims");
        Assert.Equal(1, claims.GetArrayLength());
    }

    [Fact]
    public void Several_documents_without_an_output_folder_are_refused()
    {
        File.WriteAllText(folder.Combine("a.txt"), "One.\n");
        File.WriteAllText(folder.Combine("b.txt"), "Two.\n");

        var run = CliRun.In(folder.Path, "extract", folder.Combine("a.txt"), folder.Combine("b.txt"), "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
