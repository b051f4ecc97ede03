using Attest.Text.Syntax.Conllu;
using Attest.Text.Syntax.Learning;

namespace Attest.Text.Syntax.Tagging;

/// <summary>Trains a <see cref="PosTagger"/> on treebank sentences; the same sentences, seed and iterations give the
/// same model.</summary>
public static class PosTaggerTrainer
{
    // A word seen this often, with one tag this much of the time, is tagged by look-up (faster, and as accurate).
    private const int FixedMinimumCount = 20;
    private const double FixedMinimumShare = 0.97;

    // Ambiguity classes come only from words seen at least twice, so training sees "unknown" as often as new text will.
    private const int AmbiguityMinimumCount = 2;

    /// <summary>Trains one tagger per seed (in parallel) and keeps the mean of their weights.</summary>
    public static PosTagger TrainEnsemble(IReadOnlyList<TreebankSentence> sentences, int iterations, IReadOnlyList<int> seeds, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var taggers = new PosTagger[seeds.Count];
        Parallel.For(0, seeds.Count, i => taggers[i] = Train(sentences, iterations, seeds[i], progress));
        var first = taggers[0];
        return new PosTagger(first.Tags, WeightTable.Mean([.. taggers.Select(t => t.Weights)]), first.Ambiguity.ToDictionary(), first.FixedTags.ToDictionary());
    }

    public static PosTagger Train(IReadOnlyList<TreebankSentence> sentences, int iterations, int seed, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tags = new TagSet(sentences.SelectMany(s => Enumerable.Range(0, s.Count).Select(i => (s.Upos[i], s.Xpos[i]))));
        var keys = sentences.Select(s => s.Forms.Select(f => WordKeys.Of(f)).ToArray()).ToArray();
        var gold = sentences.Select(s => Enumerable.Range(0, s.Count).Select(i => (ushort)tags.IndexOf(s.Upos[i], s.Xpos[i])).ToArray()).ToArray();
        var ambiguity = AmbiguityClasses(keys, gold, tags);
        var fixedTags = FixedTags(keys, gold);
        var model = new AveragedPerceptron(tags.Count);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxCount];
        Span<float> scores = stackalloc float[tags.Count];
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var s in order)
            {
                var words = keys[s];
                var classes = words.Select(w => ambiguity.GetValueOrDefault(w.Lower)).ToArray();
                int previous = -1, beforePrevious = -1;
                for (var i = 0; i < words.Length; i++)
                {
                    int guess;
                    if (fixedTags.TryGetValue(words[i].Form, out var fixedTag))
                    {
                        guess = fixedTag;
                    }
                    else
                    {
                        var n = TaggerFeatures.Fill(words, classes, i, previous, beforePrevious, features);
                        model.Score(features[..n], scores);
                        guess = PosTagger.ArgMax(scores);
                        model.Update(features[..n], gold[s][i], guess);
                        model.Tick();
                    }

                    correct += guess == gold[s][i] ? 1 : 0;
                    total++;
                    beforePrevious = previous;
                    previous = guess;
                }
            }

            progress?.Invoke($"tagger (seed {seed}) iteration {iteration}: {(double)correct / total:F4} of training words right");
        }

        return new PosTagger(tags, model.Freeze(), ambiguity, fixedTags);
    }

    private static Dictionary<ulong, uint> AmbiguityClasses(WordKeys[][] keys, ushort[][] gold, TagSet tags)
    {
        var counts = new Dictionary<ulong, (int Count, uint Mask)>();
        for (var s = 0; s < keys.Length; s++)
        {
            for (var i = 0; i < keys[s].Length; i++)
            {
                var (count, mask) = counts.GetValueOrDefault(keys[s][i].Lower);
                counts[keys[s][i].Lower] = (count + 1, mask | (1u << tags.UposIds[gold[s][i]]));
            }
        }

        return counts.Where(c => c.Value.Count >= AmbiguityMinimumCount).ToDictionary(c => c.Key, c => c.Value.Mask);
    }

    private static Dictionary<ulong, ushort> FixedTags(WordKeys[][] keys, ushort[][] gold)
    {
        var counts = new Dictionary<ulong, Dictionary<ushort, int>>();
        for (var s = 0; s < keys.Length; s++)
        {
            for (var i = 0; i < keys[s].Length; i++)
            {
                if (!counts.TryGetValue(keys[s][i].Form, out var byTag))
                {
                    counts[keys[s][i].Form] = byTag = [];
                }

                byTag[gold[s][i]] = byTag.GetValueOrDefault(gold[s][i]) + 1;
            }
        }

        var fixedTags = new Dictionary<ulong, ushort>();
        foreach (var (form, byTag) in counts)
        {
            var total = byTag.Values.Sum();
            var (tag, count) = byTag.OrderByDescending(t => t.Value).ThenBy(t => t.Key).First();
            if (total >= FixedMinimumCount && count >= FixedMinimumShare * total)
            {
                fixedTags[form] = tag;
            }
        }

        return fixedTags;
    }
}
