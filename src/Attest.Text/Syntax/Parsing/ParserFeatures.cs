using Attest.Text.Syntax.Learning;

namespace Attest.Text.Syntax.Parsing;

/// <summary>The parser's feature templates, after Zhang and Nivre (2011): words, tags and labels of the stack top,
/// the next three buffer words, their heads and outermost dependents, with distance, valency and label sets.</summary>
internal static class ParserFeatures
{
    public const int MaxCount = 92;

    private const ulong Absent = 0xABCDEFUL;
    private const ulong RootWord = 0x1234567UL;

    public static int Fill(ParseState state, DependencyParser.Workspace work, Span<ulong> into)
    {
        var words = work.Words;
        var tags = work.Tags;
        var upos = work.Upos;
        var s0 = state.Top;
        var s1 = state.Second;
        var n0 = state.Buffer(0);
        var n1 = state.Buffer(1);
        var n2 = state.Buffer(2);
        var s0h = s0 > 0 ? state.Heads[s0] : ParseState.None;
        var s0h2 = s0h > 0 ? state.Heads[s0h] : ParseState.None;
        var s0l = Dependent(state.Leftmost, s0);
        var s0l2 = Dependent(state.SecondLeftmost, s0);
        var s0r = Dependent(state.Rightmost, s0);
        var s0r2 = Dependent(state.SecondRightmost, s0);
        var n0l = Dependent(state.Leftmost, n0);
        var n0l2 = Dependent(state.SecondLeftmost, n0);

        ulong W(int x) => x < 0 ? Absent : x == 0 ? RootWord : words[x];
        ulong P(int x) => x < 0 ? 1UL : (ulong)(tags[x] + 2);
        ulong U(int x) => x < 0 ? 1UL : (ulong)(upos[x] + 2);
        ulong L(int x) => x < 0 ? 1UL : (ulong)(state.Labels[x] + 2);

        ulong s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0), n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
        ulong s1w = W(s1), s1p = P(s1);
        var distance = s0 >= 0 && n0 >= 0 ? Bucket(n0 - s0) : 0UL;
        var s0LeftValency = s0 >= 0 ? (ulong)state.LeftCount[s0] : 99UL;
        var s0RightValency = s0 >= 0 ? (ulong)state.RightCount[s0] : 99UL;
        var n0LeftValency = n0 >= 0 ? (ulong)state.LeftCount[n0] : 99UL;
        var s0LeftLabels = s0 >= 0 ? state.LeftLabels[s0] : 1UL;
        var s0RightLabels = s0 >= 0 ? state.RightLabels[s0] : 1UL;
        var n0LeftLabels = n0 >= 0 ? state.LeftLabels[n0] : 1UL;

        var n = 0;
        // Single words.
        into[n++] = FeatureKey.Of(100, s0w);
        into[n++] = FeatureKey.Of(101, s0p);
        into[n++] = FeatureKey.Of(102, s0w, s0p);
        into[n++] = FeatureKey.Of(103, n0w);
        into[n++] = FeatureKey.Of(104, n0p);
        into[n++] = FeatureKey.Of(105, n0w, n0p);
        into[n++] = FeatureKey.Of(106, n1w);
        into[n++] = FeatureKey.Of(107, n1p);
        into[n++] = FeatureKey.Of(108, n1w, n1p);
        into[n++] = FeatureKey.Of(109, n2w);
        into[n++] = FeatureKey.Of(110, n2p);
        into[n++] = FeatureKey.Of(111, n2w, n2p);
        into[n++] = FeatureKey.Of(112, s1w);
        into[n++] = FeatureKey.Of(113, s1p);
        into[n++] = FeatureKey.Of(114, s1w, s1p);

        // Pairs.
        into[n++] = FeatureKey.Of(120, s0w, s0p, FeatureKey.Of(0, n0w, n0p));
        into[n++] = FeatureKey.Of(121, s0w, s0p, n0w);
        into[n++] = FeatureKey.Of(122, s0w, n0w, n0p);
        into[n++] = FeatureKey.Of(123, s0w, s0p, n0p);
        into[n++] = FeatureKey.Of(124, s0p, n0w, n0p);
        into[n++] = FeatureKey.Of(125, s0w, n0w);
        into[n++] = FeatureKey.Of(126, s0p, n0p);
        into[n++] = FeatureKey.Of(127, n0p, n1p);
        into[n++] = FeatureKey.Of(128, s1p, s0p);
        into[n++] = FeatureKey.Of(129, s1p, s0p, n0p);
        into[n++] = FeatureKey.Of(130, n0w, n1w);

        // Triples of tags.
        into[n++] = FeatureKey.Of(140, n0p, n1p, n2p);
        into[n++] = FeatureKey.Of(141, s0p, n0p, n1p);
        into[n++] = FeatureKey.Of(142, P(s0h), s0p, n0p);
        into[n++] = FeatureKey.Of(143, s0p, P(s0l), n0p);
        into[n++] = FeatureKey.Of(144, s0p, P(s0r), n0p);
        into[n++] = FeatureKey.Of(145, s0p, n0p, P(n0l));

        // Distance between the stack top and the next word.
        into[n++] = FeatureKey.Of(150, s0w, distance);
        into[n++] = FeatureKey.Of(151, s0p, distance);
        into[n++] = FeatureKey.Of(152, n0w, distance);
        into[n++] = FeatureKey.Of(153, n0p, distance);
        into[n++] = FeatureKey.Of(154, s0w, n0w, distance);
        into[n++] = FeatureKey.Of(155, s0p, n0p, distance);

        // Valency: how many dependents each side already has.
        into[n++] = FeatureKey.Of(160, s0w, s0RightValency);
        into[n++] = FeatureKey.Of(161, s0p, s0RightValency);
        into[n++] = FeatureKey.Of(162, s0w, s0LeftValency);
        into[n++] = FeatureKey.Of(163, s0p, s0LeftValency);
        into[n++] = FeatureKey.Of(164, n0w, n0LeftValency);
        into[n++] = FeatureKey.Of(165, n0p, n0LeftValency);

        // Heads and outermost dependents.
        into[n++] = FeatureKey.Of(170, W(s0h));
        into[n++] = FeatureKey.Of(171, P(s0h));
        into[n++] = FeatureKey.Of(172, L(s0));
        into[n++] = FeatureKey.Of(173, W(s0l));
        into[n++] = FeatureKey.Of(174, P(s0l));
        into[n++] = FeatureKey.Of(175, L(s0l));
        into[n++] = FeatureKey.Of(176, W(s0r));
        into[n++] = FeatureKey.Of(177, P(s0r));
        into[n++] = FeatureKey.Of(178, L(s0r));
        into[n++] = FeatureKey.Of(179, W(n0l));
        into[n++] = FeatureKey.Of(180, P(n0l));
        into[n++] = FeatureKey.Of(181, L(n0l));

        // Second-order: grandparents and second outermost dependents.
        into[n++] = FeatureKey.Of(190, W(s0h2));
        into[n++] = FeatureKey.Of(191, P(s0h2));
        into[n++] = FeatureKey.Of(192, L(s0h));
        into[n++] = FeatureKey.Of(193, W(s0l2));
        into[n++] = FeatureKey.Of(194, P(s0l2));
        into[n++] = FeatureKey.Of(195, L(s0l2));
        into[n++] = FeatureKey.Of(196, W(s0r2));
        into[n++] = FeatureKey.Of(197, P(s0r2));
        into[n++] = FeatureKey.Of(198, L(s0r2));
        into[n++] = FeatureKey.Of(199, W(n0l2));
        into[n++] = FeatureKey.Of(200, P(n0l2));
        into[n++] = FeatureKey.Of(201, L(n0l2));
        into[n++] = FeatureKey.Of(202, s0p, P(s0l), P(s0l2));
        into[n++] = FeatureKey.Of(203, s0p, P(s0r), P(s0r2));
        into[n++] = FeatureKey.Of(204, s0p, P(s0h), P(s0h2));
        into[n++] = FeatureKey.Of(205, n0p, P(n0l), P(n0l2));

        // Label sets of the dependents so far.
        into[n++] = FeatureKey.Of(210, s0w, s0RightLabels);
        into[n++] = FeatureKey.Of(211, s0p, s0RightLabels);
        into[n++] = FeatureKey.Of(212, s0w, s0LeftLabels);
        into[n++] = FeatureKey.Of(213, s0p, s0LeftLabels);
        into[n++] = FeatureKey.Of(214, n0w, n0LeftLabels);
        into[n++] = FeatureKey.Of(215, n0p, n0LeftLabels);

        // The words beside the stack top and the next word in the sentence, which the stack hides.
        var beforeN0 = n0 > 1 ? n0 - 1 : ParseState.None;
        var afterS0 = s0 > 0 && s0 < state.Length ? s0 + 1 : ParseState.None;
        into[n++] = FeatureKey.Of(220, P(beforeN0), n0p);
        into[n++] = FeatureKey.Of(221, s0p, P(afterS0));
        into[n++] = FeatureKey.Of(222, s0p, P(afterS0), n0p);
        into[n++] = FeatureKey.Of(223, s0p, P(beforeN0), n0p);

        // Universal tags alone: a word whose treebank tag is wrong ("VBD" for "VBN") often has its universal tag right.
        into[n++] = FeatureKey.Of(230, U(s0));
        into[n++] = FeatureKey.Of(231, U(n0));
        into[n++] = FeatureKey.Of(232, U(s0), U(n0));
        into[n++] = FeatureKey.Of(233, U(n0), U(n1));
        into[n++] = FeatureKey.Of(234, U(s0), U(n0), U(n1));
        into[n++] = FeatureKey.Of(235, s0w, U(n0));
        into[n++] = FeatureKey.Of(236, U(s0), n0w);
        into[n++] = FeatureKey.Of(237, U(s0h), U(s0), U(n0));
        return n;
    }

    private static int Dependent(int[] of, int word) => word >= 0 ? of[word] : ParseState.None;

    private static ulong Bucket(int distance) => distance switch
    {
        <= 4 => (ulong)distance,
        <= 9 => 5,
        _ => 6,
    };
}
