using Attest.Text.Syntax.Parsing;

namespace Attest.Text.Tests.Syntax;

public sealed class DynamicOracleTests
{
    [Fact]
    public void Following_zero_cost_transitions_rebuilds_every_projective_gold_tree_exactly()
    {
        var sentences = VendoredTreebank.Read("dev");
        var relations = new RelationSet(sentences.SelectMany(s => s.Relations));
        var state = new ParseState();
        var costs = new int[Transition.Count(relations.Count)];
        var projective = 0;
        foreach (var sentence in sentences.Where(IsProjective))
        {
            projective++;
            var heads = new[] { ParseState.None }.Concat(sentence.Heads).ToArray();
            var labels = new[] { ParseState.None }.Concat(sentence.Relations.Select(relations.IndexOf)).ToArray();
            state.Reset(sentence.Count);
            while (!state.IsTerminal)
            {
                DynamicOracle.Fill(state, heads, labels, relations.Root, costs);
                Assert.Equal(0, costs.Min());
                state.Apply(Array.IndexOf(costs, 0));
            }

            Assert.Equal(heads[1..], state.Heads[1..(sentence.Count + 1)]);
            Assert.Equal(labels[1..], state.Labels[1..(sentence.Count + 1)]);
        }

        Assert.True(projective > 1900, $"only {projective} projective sentences");
    }

    [Fact]
    public void A_wrong_label_on_a_gold_arc_costs_one()
    {
        var relations = new RelationSet(["nsubj", "obj", "root"]);
        var state = new ParseState();
        state.Reset(2);
        state.Apply(Transition.Shift);
        var costs = new int[Transition.Count(relations.Count)];

        // Word 1 depends on word 2 as its subject; word 2 is the root.
        DynamicOracle.Fill(state, [ParseState.None, 2, 0], [ParseState.None, relations.IndexOf("nsubj"), relations.Root], relations.Root, costs);

        Assert.Equal(0, costs[Transition.Left(relations.IndexOf("nsubj"))]);
        Assert.Equal(1, costs[Transition.Left(relations.IndexOf("obj"))]);
        Assert.Equal(int.MaxValue, costs[Transition.Reduce]);
    }

    private static bool IsProjective(Attest.Text.Syntax.Conllu.TreebankSentence sentence)
    {
        for (var a = 0; a < sentence.Count; a++)
        {
            for (var b = 0; b < sentence.Count; b++)
            {
                var (lo, hi) = (Math.Min(a + 1, sentence.Heads[a]), Math.Max(a + 1, sentence.Heads[a]));
                var (lo2, hi2) = (Math.Min(b + 1, sentence.Heads[b]), Math.Max(b + 1, sentence.Heads[b]));
                if (lo < lo2 && lo2 < hi && hi < hi2)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
