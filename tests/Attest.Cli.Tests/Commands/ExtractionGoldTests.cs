using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Attest.Cli.Tests.Commands;

/// <summary>Golden floors: the shared scorers (../shared/eval) run `attest extract` over each development set and every
/// figure must stay at or above the floor set when it was last measured, so a change that loses ground fails here.</summary>
public sealed partial class ExtractionGoldTests
{
    // Floors a hair under the figures last measured (seeds 0.930/0.990/0.872, actors 0.722; news 0.852/0.943/0.624/0.961,
    // actors 0.562; PolNeAR dev content 0.594, attribution 0.554). Raise them when a change gains ground. Seed attribution
    // gave up 0.026 on purpose: officials named only by their country ("Indian officials") are now unnamed sources, as in the
    // news gold (where one seed annotation calls them a group), and appeals with a clause ("demanded that…") are claims,
    // which the seed gold does not list. Seed events gave up 0.023 of precision to event nouns with participants of their
    // own ("the conversation between Imran and Trump"), which the news gold counts and the seed gold does not.
    [Theory]
    [InlineData("seeds", "attribution_f1", 0.925)]
    [InlineData("seeds", "entity_f1", 0.98)]
    [InlineData("seeds", "event_f1", 0.865)]
    [InlineData("seeds", "event_actor_acc", 0.765)]
    [InlineData("news", "attribution_f1", 0.86)]
    [InlineData("news", "entity_f1", 0.935)]
    [InlineData("news", "event_f1", 0.675)]
    [InlineData("news", "event_actor_acc", 0.75)]
    [InlineData("news", "date_f1", 0.95)]
    [InlineData("polnear", "content_f1", 0.585)]
    [InlineData("polnear", "attribution_f1", 0.545)]
    public void Extraction_keeps_its_floor_on_each_development_set(string set, string figure, double floor)
    {
        var scores = Scores.For(set);

        Assert.True(scores.TryGetValue(figure, out var value), $"{set}: the scorer printed no {figure}");
        Assert.True(value >= floor, $"{set} {figure} = {value:F3}, below its floor {floor:F3}");
        Assert.Equal(0, scores["failed"]);
    }

    /// <summary>A wrong perpetrator is the worst error an event can carry: the share of actors given the wrong country stays
    /// under its ceiling on every set.</summary>
    [Theory]
    [InlineData("seeds", 0.03)]
    [InlineData("news", 0.03)]
    public void Wrong_event_actors_stay_under_their_ceiling(string set, double ceiling)
    {
        var scores = Scores.For(set);

        Assert.True(scores.TryGetValue("event_actor_wrong", out var wrong), $"{set}: the scorer printed no event_actor_wrong");
        Assert.True(wrong <= ceiling, $"{set} event_actor_wrong = {wrong:F3}, above its ceiling {ceiling:F3}");
    }

    /// <summary>Each set is scored once per test run, whichever figure asks first.</summary>
    private static class Scores
    {
        private static readonly Lock Gate = new();
        private static readonly Dictionary<string, Dictionary<string, double>> BySet = [];

        public static Dictionary<string, double> For(string set)
        {
            lock (Gate)
            {
                if (!BySet.TryGetValue(set, out var scores))
                {
                    BySet[set] = scores = Run(set);
                }

                return scores;
            }
        }

        private static Dictionary<string, double> Run(string set)
        {
            var shared = Path.GetFullPath(Path.Combine(SharedCorpus.RepositoryRoot, "..", "shared"));
            var extract = $"dotnet {CliRun.CliDll} extract {{path}} --published {{published}} --json";
            var batch = set == "polnear" ? ExtractPolnear(shared) : null;
            string[] arguments = set switch
            {
                "seeds" => ["eval/score.py", "--corpus", "corpus/seeds", "--gold", "gold", "--cmd", extract],
                "news" => ["eval/score.py", "--corpus", "corpus/news", "--gold", "gold/news", "--cmd", extract],
                _ => ["eval/score_polnear.py", "--repo", "corpus/polnear", "--split", "dev", "--cmd", $"cat {batch}/$(basename {{path}} .txt).json"],
            };
            var info = new ProcessStartInfo("python3") { WorkingDirectory = shared, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            info.Environment["ATTEST_USER"] = "test-runner";
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"scoring {set} did not finish in 15 minutes");
            }

            if (batch is not null)
            {
                Directory.Delete(batch, recursive: true);
            }

            var line = output.Result.Split('\n').LastOrDefault(l => l.StartsWith("SCORE", StringComparison.Ordinal) || l.StartsWith("POLNEAR", StringComparison.Ordinal))
                       ?? throw new InvalidOperationException($"scoring {set} printed no score line:\n{output.Result}\n{error.Result}");
            return Figure().Matches(line).ToDictionary(m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>PolNeAR scores claims only (no dates), so its articles are extracted in one batch (one process, not 84).</summary>
    private static string ExtractPolnear(string shared)
    {
        var output = Path.Combine(Path.GetTempPath(), "attest-polnear-" + Guid.NewGuid().ToString("N"));
        var texts = Directory.GetFiles(Path.Combine(shared, "corpus", "polnear", "dev", "text"), "*.txt").Order(StringComparer.Ordinal);
        var run = CliRun.In(shared, ["extract", .. texts, "--out", output]);
        Assert.True(run.ExitCode == 0, $"extracting PolNeAR dev failed: {run.Error}");
        return output;
    }

    [GeneratedRegex(@"(\w+)=([0-9.]+)")]
    private static partial Regex Figure();
}
