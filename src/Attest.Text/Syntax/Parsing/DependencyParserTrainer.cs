using Attest.Text.Syntax.Learning;
using Attest.Text.Syntax.Tagging;

namespace Attest.Text.Syntax.Parsing;

/// <summary>Trains a <see cref="DependencyParser"/> with the dynamic oracle: after the first iteration the parser
/// follows its own prediction most of the time (exploration), so it learns to recover from its mistakes.</summary>
public static class DependencyParserTrainer
{
    private const double FollowPrediction = 0.9;

    // An averaged weight under one update's worth comes from a feature that was rarely useful; dropping those
    // (from each run, and again from the mean of runs) halves the table, and the look-ups that miss the cache,
    // at no measurable cost in accuracy on the dev split.
    private const float MinimumWeight = 1f;

    /// <summary>One training sentence: word keys and tag classes (predicted, as at run time), gold heads (1-based,
    /// 0 = root) and gold relation numbers.</summary>
    public sealed record Example(ulong[] Words, ushort[] Tags, int[] Heads, int[] Relations);

    public static DependencyParser Train(
        IReadOnlyList<Example> examples, RelationSet relations, TagSet tags, int iterations, int seed,
        Action<string>? progress = null) =>
        new(relations, TrainWeights(examples, relations, tags, iterations, seed, progress), tags);

    /// <summary>Trains one parser per seed (in parallel) and keeps the mean of their weights.</summary>
    public static DependencyParser TrainEnsemble(
        IReadOnlyList<Example> examples, RelationSet relations, TagSet tags, int iterations, IReadOnlyList<int> seeds,
        Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var tables = new WeightTable[seeds.Count];
        Parallel.For(0, seeds.Count, i => tables[i] = TrainWeights(examples, relations, tags, iterations, seeds[i], progress));
        return new DependencyParser(relations, WeightTable.Mean(tables).Pruned(MinimumWeight), tags);
    }

    private static WeightTable TrainWeights(
        IReadOnlyList<Example> examples, RelationSet relations, TagSet tags, int iterations, int seed, Action<string>? progress)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(relations);
        var classes = Transition.Count(relations.Count);
        var model = new AveragedPerceptron(classes);
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var work = new DependencyParser.Workspace();
        var uposOfTag = tags.UposIds.ToArray();
        var features = new ulong[ParserFeatures.MaxCount];
        var scores = new float[classes];
        var costs = new int[classes];
        var goldHeads = new int[1];
        var goldLabels = new int[1];
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            random.Shuffle(order);
            long steps = 0, mistakes = 0;
            foreach (var e in order)
            {
                var example = examples[e];
                var n = example.Words.Length;
                // Parses longer than the run-time bound are left out, as the parser never sees them whole.
                if (n > DependencyParser.MaxSentenceLength)
                {
                    continue;
                }

                if (goldHeads.Length < n + 1)
                {
                    goldHeads = new int[n + 1];
                    goldLabels = new int[n + 1];
                }

                goldHeads[0] = goldLabels[0] = ParseState.None;
                example.Heads.CopyTo(goldHeads, 1);
                example.Relations.CopyTo(goldLabels, 1);
                var state = work.State;
                state.Reset(n);
                work.Fill(example.Words, example.Tags, uposOfTag);
                while (!state.IsTerminal)
                {
                    var count = ParserFeatures.Fill(state, work, features);
                    var active = features.AsSpan(0, count);
                    model.Score(active, scores);
                    var predicted = DependencyParser.Best(state, scores, relations.Root);
                    DynamicOracle.Fill(state, goldHeads.AsSpan(0, n + 1), goldLabels.AsSpan(0, n + 1), relations.Root, costs);
                    var cheapest = costs.Min();
                    var gold = BestOfCost(scores, costs, cheapest);
                    if (costs[predicted] > cheapest)
                    {
                        model.Update(active, gold, predicted);
                        mistakes++;
                    }

                    model.Tick();
                    steps++;
                    state.Apply(iteration > 1 && random.NextDouble() < FollowPrediction ? predicted : gold);
                }
            }

            progress?.Invoke($"parser (seed {seed}) iteration {iteration}: {1 - ((double)mistakes / steps):F4} of training transitions right");
        }

        return model.Freeze(MinimumWeight);
    }

    private static int BestOfCost(ReadOnlySpan<float> scores, ReadOnlySpan<int> costs, int cost)
    {
        var best = -1;
        for (var t = 0; t < scores.Length; t++)
        {
            if (costs[t] == cost && (best < 0 || scores[t] > scores[best]))
            {
                best = t;
            }
        }

        return best;
    }
}
