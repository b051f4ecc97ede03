using System.Buffers;
using System.Collections.Frozen;
using Attest.Text.Syntax.Learning;

namespace Attest.Text.Syntax.Tagging;

/// <summary>A greedy left-to-right averaged-perceptron tagger (UPOS and XPOS as one class). Immutable, so one
/// instance serves every thread.</summary>
public sealed class PosTagger
{
    private readonly WeightTable weights;
    private readonly FrozenDictionary<ulong, uint> ambiguity;
    private readonly FrozenDictionary<ulong, ushort> fixedTags;

    internal PosTagger(TagSet tags, WeightTable weights, IDictionary<ulong, uint> ambiguity, IDictionary<ulong, ushort> fixedTags)
    {
        Tags = tags;
        this.weights = weights;
        this.ambiguity = ambiguity.ToFrozenDictionary();
        this.fixedTags = fixedTags.ToFrozenDictionary();
    }

    public TagSet Tags { get; }

    /// <summary>How many features carry weights (a measure of the model's size).</summary>
    public int FeatureCount => weights.FeatureCount;

    internal WeightTable Weights => weights;
    internal IReadOnlyDictionary<ulong, uint> Ambiguity => ambiguity;
    internal IReadOnlyDictionary<ulong, ushort> FixedTags => fixedTags;

    /// <summary>Tags one sentence: <paramref name="tags"/>[i] is the class of <paramref name="words"/>[i].</summary>
    public void Tag(ReadOnlySpan<WordKeys> words, Span<ushort> tags)
    {
        var rented = ArrayPool<uint>.Shared.Rent(words.Length);
        try
        {
            var classes = rented.AsSpan(0, words.Length);
            AmbiguityClasses(words, classes);
            Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxCount];
            Span<float> scores = stackalloc float[weights.ClassCount];
            int previous = -1, beforePrevious = -1;
            for (var i = 0; i < words.Length; i++)
            {
                if (!fixedTags.TryGetValue(words[i].Form, out var tag))
                {
                    var n = TaggerFeatures.Fill(words, classes, i, previous, beforePrevious, features);
                    weights.Score(features[..n], scores);
                    tag = (ushort)ArgMax(scores);
                }

                tags[i] = tag;
                beforePrevious = previous;
                previous = tag;
            }
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(rented);
        }
    }

    internal void AmbiguityClasses(ReadOnlySpan<WordKeys> words, Span<uint> into)
    {
        for (var i = 0; i < words.Length; i++)
        {
            into[i] = ambiguity.GetValueOrDefault(words[i].Lower);
        }
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }
}
