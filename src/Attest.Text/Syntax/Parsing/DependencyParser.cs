using Attest.Text.Syntax.Learning;
using Attest.Text.Syntax.Tagging;

namespace Attest.Text.Syntax.Parsing;

/// <summary>A greedy arc-eager dependency parser over an averaged-perceptron model: one pass, at most two
/// transitions per word, so parse time is linear in the sentence. Immutable; one instance serves every thread.</summary>
public sealed class DependencyParser
{
    /// <summary>The most words one parse considers. A longer sentence (a run-on list, a table flattened to text) is
    /// parsed in consecutive pieces of this length, each piece's root attached to the first piece's root with the
    /// fallback relation, so time and memory stay linear in its length.</summary>
    public const int MaxSentenceLength = 256;

    [ThreadStatic]
    private static Workspace? workspace;

    private readonly WeightTable weights;
    private readonly bool[] punctuationTags;
    private readonly int[] uposOfTag;

    internal DependencyParser(RelationSet relations, WeightTable weights, TagSet tags)
    {
        Relations = relations;
        this.weights = weights;
        punctuationTags = [.. tags.Upos.Select(u => u == "PUNCT")];
        uposOfTag = [.. tags.UposIds];
    }

    public RelationSet Relations { get; }

    /// <summary>How many features carry weights (a measure of the model's size).</summary>
    public int FeatureCount => weights.FeatureCount;

    internal WeightTable Weights => weights;

    internal int[] UposOfTag => uposOfTag;

    /// <summary>Parses one sentence given each word's lower-cased key and tag class. <paramref name="heads"/>[i] gets
    /// the 1-based number of word i's head (0 for the root), <paramref name="relations"/>[i] its relation.</summary>
    public void Parse(ReadOnlySpan<ulong> words, ReadOnlySpan<ushort> tags, Span<int> heads, Span<int> relations)
    {
        var work = workspace ??= new Workspace();
        var firstRoot = 0;
        for (var start = 0; start < words.Length; start += MaxSentenceLength)
        {
            var length = Math.Min(MaxSentenceLength, words.Length - start);
            ParsePiece(work, words.Slice(start, length), tags.Slice(start, length));
            for (var w = 1; w <= length; w++)
            {
                var head = work.State.Heads[w];
                if (head == 0 && start > 0)
                {
                    heads[start + w - 1] = firstRoot;
                    relations[start + w - 1] = Relations.Fallback;
                }
                else
                {
                    heads[start + w - 1] = head == 0 ? 0 : start + head;
                    relations[start + w - 1] = work.State.Labels[w];
                    if (head == 0)
                    {
                        firstRoot = w;
                    }
                }
            }
        }
    }

    private void ParsePiece(Workspace work, ReadOnlySpan<ulong> words, ReadOnlySpan<ushort> tags)
    {
        var state = work.State;
        state.Reset(words.Length);
        work.Fill(words, tags, uposOfTag);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxCount];
        Span<float> scores = stackalloc float[weights.ClassCount];
        while (!state.IsTerminal)
        {
            var n = ParserFeatures.Fill(state, work, features);
            weights.Score(features[..n], scores);
            state.Apply(Best(state, scores, Relations.Root));
        }

        state.Finish(Relations, work.Tags, punctuationTags);
    }

    internal static int Best(ParseState state, ReadOnlySpan<float> scores, int rootRelation)
    {
        var best = Transition.Shift;
        var bestScore = float.NegativeInfinity;
        for (var t = 0; t < scores.Length; t++)
        {
            if (scores[t] > bestScore && state.IsValid(t, rootRelation))
            {
                best = t;
                bestScore = scores[t];
            }
        }

        return best;
    }

    /// <summary>Per-thread buffers: the parse state and the root-prefixed word and tag arrays features read.</summary>
    internal sealed class Workspace
    {
        private ulong[] words = new ulong[64];
        private int[] tags = new int[64];
        private int[] upos = new int[64];

        public ParseState State { get; } = new();
        public ulong[] Words => words;

        /// <summary>Each word's tag class (UPOS and XPOS together).</summary>
        public int[] Tags => tags;

        /// <summary>Each word's universal tag alone, which generalises over the treebank tag's mistakes.</summary>
        public int[] Upos => upos;

        public void Fill(ReadOnlySpan<ulong> sentenceWords, ReadOnlySpan<ushort> sentenceTags, int[] uposOfTag)
        {
            if (words.Length < sentenceWords.Length + 1)
            {
                words = new ulong[sentenceWords.Length + 1];
                tags = new int[sentenceWords.Length + 1];
                upos = new int[sentenceWords.Length + 1];
            }

            for (var i = 0; i < sentenceWords.Length; i++)
            {
                words[i + 1] = sentenceWords[i];
                tags[i + 1] = sentenceTags[i];
                upos[i + 1] = uposOfTag[sentenceTags[i]];
            }
        }
    }
}
