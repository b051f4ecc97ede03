using System.Text;
using System.Text.Json;

namespace Attest.Cli.Tests.Commands;

/// <summary>Broken inputs each get one clear line naming them; good inputs in the same batch are still stored.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void A_url_option_that_is_not_http_or_https_is_refused_before_anything_is_added()
    {
        File.WriteAllText(folder.Combine("note.txt"), "The council met on Monday. (Fictional.)\n");
        CliRun.In(folder.Path, "init");

        var run = CliRun.In(folder.Path, "add", folder.Combine("note.txt"), "--url", "javascript:alert(1)");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--url javascript:alert(1): is not an http or https address", run.Error);
        Assert.Empty(JsonDocument.Parse(CliRun.In(folder.Path, "sources", "--json").Out).RootElement.EnumerateArray());
    }

    [Fact]
    public void Serve_refuses_plain_http_beyond_loopback_without_allow_remote()
    {
        CliRun.In(folder.Path, "init");

        var run = CliRun.In(folder.Path, "serve", "--urls", "http://0.0.0.0:0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("without TLS", run.Error);
        Assert.Contains("--allow-remote", run.Error);
    }

    [Fact]
    public void A_folder_of_broken_inputs_gives_one_line_each_and_ingests_the_good_ones()
    {
        var inbox = Directory.CreateDirectory(folder.Combine("inbox")).FullName;
        File.WriteAllText(Path.Combine(inbox, "good.txt"),
            "ISLAMABAD: The foreign office said on Monday that talks with the neighbour would resume next month.\n");
        File.WriteAllBytes(Path.Combine(inbox, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(inbox, "junk.bin"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray());
        File.WriteAllBytes(Path.Combine(inbox, "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 owners in Srinagar said the curfew had hurt trade. \u00c9t\u00e9 \u00e0 Gulmarg."));
        File.WriteAllText(Path.Combine(inbox, "broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref");
        File.WriteAllText(Path.Combine(inbox, "big.txt"), string.Concat(Enumerable.Repeat("The valley remained under lockdown. ", 2000)));
        CliRun.In(folder.Path, "init");

        var run = CliRun.In(folder.Path, "add", inbox, "--max-bytes", "20000", "--json");

        Assert.Equal(1, run.ExitCode);
        var outcomes = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        string Kind(string file) => outcomes.Single(o => o.GetProperty("input").GetString()!.EndsWith(file, StringComparison.Ordinal)).GetProperty("kind").GetString()!;
        Assert.Equal("Added", Kind("good.txt"));
        foreach (var bad in new[] { "empty.txt", "junk.bin", "latin1.txt", "broken.pdf", "big.txt" })
        {
            Assert.Equal("Failed", Kind(bad));
        }

        Assert.All(outcomes.Where(o => o.GetProperty("kind").GetString() == "Failed"),
            o => Assert.False(string.IsNullOrWhiteSpace(o.GetProperty("reason").GetString())));
        Assert.Single(JsonDocument.Parse(CliRun.In(folder.Path, "sources", "--json").Out).RootElement.EnumerateArray());
    }

    [Fact]
    public void Without_json_each_failure_is_one_stderr_line_naming_the_input()
    {
        CliRun.In(folder.Path, "init");
        var missing = folder.Combine("no-such-report.txt");
        var empty = folder.Combine("empty.txt");
        File.WriteAllBytes(empty, []);
        var good = folder.Combine("good.md");
        File.WriteAllText(good, "# Curfew lifted\n\nAuthorities lifted the curfew in parts of the valley on Friday, officials said.\n");

        var run = CliRun.In(folder.Path, "add", missing, empty, "http://127.0.0.1:9/unreachable.html", good);

        Assert.Equal(1, run.ExitCode);
        var failures = run.Error.Split('\n').Where(l => l.StartsWith("failed", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, l => l.Contains(missing, StringComparison.Ordinal));
        Assert.Contains(failures, l => l.Contains(empty, StringComparison.Ordinal));
        Assert.Contains(failures, l => l.Contains("127.0.0.1:9", StringComparison.Ordinal));
        Assert.Contains("1 added", run.Error);
    }

    [Fact]
    public void Outside_a_workspace_commands_say_how_to_make_one()
    {
        var run = CliRun.In(folder.Path, "sources");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("attest init", run.Error);
    }

    [Fact]
    public void A_bad_date_option_is_named()
    {
        CliRun.In(folder.Path, "init");

        var run = CliRun.In(folder.Path, "search", "Kashmir", "--from", "August 2019");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--from", run.Error);
    }

    public void Dispose() => folder.Dispose();
}
