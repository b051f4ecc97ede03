namespace Attest.Text.Syntax.Parsing;

/// <summary>The arc-eager dynamic oracle (Goldberg and Nivre 2012): how many gold arcs a transition makes
/// unreachable from the current configuration, wrong labels counting one. Training follows the model's own
/// mistakes and still learns the best next step from wherever it is.</summary>
internal static class DynamicOracle
{
    /// <summary>Fills <paramref name="costs"/> with every transition's cost, <see cref="int.MaxValue"/> where invalid.</summary>
    public static void Fill(ParseState state, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels, int rootRelation, Span<int> costs)
    {
        var top = state.Top;
        var next = state.Next;
        var shift = ArcsWithStack(state, next, goldHeads);
        var reduce = top > 0 ? DependentsInBuffer(state, top, goldHeads) : 0;
        var left = reduce;
        var topHead = top > 0 ? goldHeads[top] : ParseState.None;
        if (top > 0 && topHead != next && state.InBuffer(topHead))
        {
            left++;
        }

        var right = 0;
        var nextHead = goldHeads[next];
        if (nextHead != top && (state.InBuffer(nextHead) || OnStack(state, nextHead)))
        {
            right++;
        }

        foreach (var k in state.Stack)
        {
            if (k > 0 && state.Heads[k] == ParseState.None && goldHeads[k] == next)
            {
                right++;
            }
        }

        for (var t = 0; t < costs.Length; t++)
        {
            if (!state.IsValid(t, rootRelation))
            {
                costs[t] = int.MaxValue;
                continue;
            }

            costs[t] = t switch
            {
                Transition.Shift => shift,
                Transition.Reduce => reduce,
                // A gold arc with the wrong label costs one.
                _ when Transition.IsLeft(t) => left + (topHead == next && goldLabels[top] != Transition.RelationOf(t) ? 1 : 0),
                _ => right + (nextHead == top && goldLabels[next] != Transition.RelationOf(t) ? 1 : 0),
            };
        }
    }

    private static int ArcsWithStack(ParseState state, int word, ReadOnlySpan<int> goldHeads)
    {
        var cost = 0;
        foreach (var k in state.Stack)
        {
            if (goldHeads[word] == k || (k > 0 && state.Heads[k] == ParseState.None && goldHeads[k] == word))
            {
                cost++;
            }
        }

        return cost;
    }

    private static int DependentsInBuffer(ParseState state, int word, ReadOnlySpan<int> goldHeads)
    {
        var cost = 0;
        for (var k = state.Next; k <= state.Length; k++)
        {
            if (goldHeads[k] == word)
            {
                cost++;
            }
        }

        return cost;
    }

    private static bool OnStack(ParseState state, int word)
    {
        foreach (var k in state.Stack)
        {
            if (k == word)
            {
                return true;
            }
        }

        return false;
    }
}
