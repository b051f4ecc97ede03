using System.Text.Json;

namespace Attest.Cli.Tests.Commands;

/// <summary>Killing <c>attest add</c> mid-batch leaves a consistent workspace; running it again finishes without duplicates.</summary>
public sealed class InterruptedAddTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Killed_add_leaves_a_consistent_workspace_and_a_rerun_completes_it()
    {
        var inbox = Directory.CreateDirectory(folder.Combine("inbox")).FullName;
        var seeds = Directory.GetFiles(SharedCorpus.Seeds).Select(File.ReadAllText).ToArray();
        const int count = 150;
        for (var i = 0; i < count; i++)
        {
            // Distinct bytes per file: a numbered variant of a real seed article.
            File.WriteAllText(Path.Combine(inbox, $"report-{i:000}.txt"), $"Report {i}\n\n{seeds[i % seeds.Length]}");
        }

        CliRun.In(folder.Path, "init");
        using (var add = CliRun.Start(folder.Path, null, "add", inbox))
        {
            // Kill once a few sources are in, while the batch is surely still running.
            var seen = 0;
            while (seen < 5 && add.StandardOutput.ReadLine() is { } line)
            {
                seen += line.StartsWith("added", StringComparison.Ordinal) ? 1 : 0;
            }

            add.Kill(entireProcessTree: true);
            add.WaitForExit();
        }

        var partial = JsonDocument.Parse(CliRun.In(folder.Path, "sources", "--json").Out).RootElement.GetArrayLength();
        var verifyPartial = CliRun.In(folder.Path, "verify");
        var rerun = CliRun.In(folder.Path, "add", inbox);
        var final = JsonDocument.Parse(CliRun.In(folder.Path, "sources", "--json").Out).RootElement.GetArrayLength();
        var verifyFinal = CliRun.In(folder.Path, "verify");

        Assert.InRange(partial, 5, count - 1);
        Assert.True(verifyPartial.ExitCode == 0, verifyPartial.Out);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(count, final);
        Assert.Contains($"{count - partial} added, {partial} already present", rerun.Error);
        Assert.True(verifyFinal.ExitCode == 0, verifyFinal.Out);
    }

    public void Dispose() => folder.Dispose();
}
