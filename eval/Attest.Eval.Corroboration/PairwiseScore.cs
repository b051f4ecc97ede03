namespace Attest.Eval.Corroboration;

/// <summary>Pairwise precision, recall and F1 of a clustering against gold labels: every pair of items counts once.</summary>
public sealed record PairwiseScore(long TruePositives, long FalsePositives, long FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <param name="items">Each item's predicted cluster and gold label.</param>
    /// <param name="counts">Whether a pair is scored at all (e.g. only pairs from different documents).</param>
    public static PairwiseScore Of<T>(IReadOnlyList<T> items, Func<T, string> predicted, Func<T, string> gold, Func<T, T, bool>? counts = null)
    {
        long tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (counts is not null && !counts(items[i], items[j]))
                {
                    continue;
                }

                var samePredicted = predicted(items[i]) == predicted(items[j]);
                var sameGold = gold(items[i]) == gold(items[j]);
                if (samePredicted && sameGold)
                {
                    tp++;
                }
                else if (samePredicted)
                {
                    fp++;
                }
                else if (sameGold)
                {
                    fn++;
                }
            }
        }

        return new PairwiseScore(tp, fp, fn);
    }

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}
