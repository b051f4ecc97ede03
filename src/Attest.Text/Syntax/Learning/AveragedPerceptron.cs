namespace Attest.Text.Syntax.Learning;

/// <summary>A multi-class averaged perceptron over sparse hashed features, for training; <see cref="Freeze"/> gives the
/// compact table that tagging and parsing use.</summary>
/// <remarks>Each feature keeps weights only for the classes it was ever updated on, so a model with a hundred classes
/// costs memory in proportion to its mistakes, not to features × classes. Averaging uses the running-sum trick
/// (w − u/c), so an update touches only the two classes involved.</remarks>
public sealed class AveragedPerceptron(int classCount)
{
    private readonly Dictionary<ulong, Row> rows = [];
    private long instances = 1;

    public int ClassCount { get; } = classCount;

    /// <summary>Adds each feature's current weights into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (!rows.TryGetValue(feature, out var row))
            {
                continue;
            }

            for (var i = 0; i < row.Count; i++)
            {
                scores[row.Classes[i]] += row.Weights[i];
            }
        }
    }

    /// <summary>Moves weight from <paramref name="predicted"/> to <paramref name="truth"/> on every feature (no-op when equal).</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int predicted)
    {
        if (truth != predicted)
        {
            foreach (var feature in features)
            {
                if (!rows.TryGetValue(feature, out var row))
                {
                    row = new Row();
                    rows.Add(feature, row);
                }

                row.Add(truth, 1f, instances);
                row.Add(predicted, -1f, instances);
            }
        }
    }

    /// <summary>Marks the end of one training instance; averaging weighs weights by how many instances they lasted.</summary>
    public void Tick() => instances++;

    /// <summary>The averaged weights, dropping those too small to change a decision.</summary>
    public WeightTable Freeze(float threshold = 1e-3f)
    {
        var entries = new List<(ulong Key, ushort[] Classes, float[] Weights)>(rows.Count);
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var (key, row) in rows)
        {
            classes.Clear();
            weights.Clear();
            for (var i = 0; i < row.Count; i++)
            {
                var averaged = (float)(row.Weights[i] - (row.Totals[i] / instances));
                if (MathF.Abs(averaged) >= threshold)
                {
                    classes.Add(row.Classes[i]);
                    weights.Add(averaged);
                }
            }

            if (classes.Count > 0)
            {
                entries.Add((key, [.. classes], [.. weights]));
            }
        }

        return WeightTable.Create(ClassCount, entries);
    }

    private sealed class Row
    {
        public ushort[] Classes = new ushort[2];
        public float[] Weights = new float[2];
        public double[] Totals = new double[2];
        public int Count;

        public void Add(int cls, float delta, long time)
        {
            var i = Array.IndexOf(Classes, (ushort)cls, 0, Count);
            if (i < 0)
            {
                if (Count == Classes.Length)
                {
                    Array.Resize(ref Classes, Count * 2);
                    Array.Resize(ref Weights, Count * 2);
                    Array.Resize(ref Totals, Count * 2);
                }

                i = Count++;
                Classes[i] = (ushort)cls;
            }

            Weights[i] += delta;
            Totals[i] += time * (double)delta;
        }
    }
}
