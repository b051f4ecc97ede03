using Attest.Text.Syntax.Learning;

namespace Attest.Text.Syntax.Tagging;

/// <summary>The features the tagger scores a word by: the word, its affixes and shape, its neighbours, the two tags
/// before it, and the tags the words around it could have (their ambiguity classes, a look at what comes next).</summary>
internal static class TaggerFeatures
{
    public const int MaxCount = 40;
    private const ulong None = 0x5A5A5A5AUL;

    public static int Fill(
        ReadOnlySpan<WordKeys> words, ReadOnlySpan<uint> ambiguity, int i, int previous, int beforePrevious, Span<ulong> into)
    {
        var w = words[i];
        var left = i > 0 ? words[i - 1] : WordKeys.Boundary;
        var left2 = i > 1 ? words[i - 2] : WordKeys.Boundary;
        var right = i + 1 < words.Length ? words[i + 1] : WordKeys.Boundary;
        var right2 = i + 2 < words.Length ? words[i + 2] : WordKeys.Boundary;
        ulong ambiguityHere = ambiguity[i];
        ulong ambiguityRight = i + 1 < words.Length ? ambiguity[i + 1] : None;
        ulong ambiguityRight2 = i + 2 < words.Length ? ambiguity[i + 2] : None;
        var p1 = (ulong)(previous + 1);
        var p2 = (ulong)(beforePrevious + 1);
        var n = 0;
        into[n++] = FeatureKey.Of(0, 0);
        into[n++] = FeatureKey.Of(1, w.Lower);
        into[n++] = FeatureKey.Of(2, w.Form);
        into[n++] = FeatureKey.Of(3, w.Suffix1);
        into[n++] = FeatureKey.Of(4, w.Suffix2);
        into[n++] = FeatureKey.Of(5, w.Suffix3);
        into[n++] = FeatureKey.Of(6, w.Suffix4);
        into[n++] = FeatureKey.Of(7, w.Prefix1);
        into[n++] = FeatureKey.Of(8, w.Prefix2);
        into[n++] = FeatureKey.Of(9, w.Prefix3);
        into[n++] = FeatureKey.Of(10, w.Shape);
        into[n++] = FeatureKey.Of(11, p1);
        into[n++] = FeatureKey.Of(12, p2);
        into[n++] = FeatureKey.Of(13, p1, p2);
        into[n++] = FeatureKey.Of(14, p1, w.Lower);
        into[n++] = FeatureKey.Of(15, left.Lower);
        into[n++] = FeatureKey.Of(16, left.Suffix3);
        into[n++] = FeatureKey.Of(17, left2.Lower);
        into[n++] = FeatureKey.Of(18, right.Lower);
        into[n++] = FeatureKey.Of(19, right.Suffix3);
        into[n++] = FeatureKey.Of(20, right2.Lower);
        into[n++] = FeatureKey.Of(21, ambiguityHere);
        into[n++] = FeatureKey.Of(22, ambiguityRight);
        into[n++] = FeatureKey.Of(23, ambiguityRight2);
        into[n++] = FeatureKey.Of(24, left.Lower, w.Lower);
        into[n++] = FeatureKey.Of(25, w.Lower, right.Lower);
        into[n++] = FeatureKey.Of(26, left.Shape);
        into[n++] = FeatureKey.Of(27, right.Shape);
        into[n++] = FeatureKey.Of(28, i == 0 ? 1UL : 0UL, w.Capitalised ? 1UL : 0UL);
        into[n++] = FeatureKey.Of(29, p1, w.Suffix3);
        into[n++] = FeatureKey.Of(30, p1, ambiguityHere);
        into[n++] = FeatureKey.Of(31, ambiguityHere, ambiguityRight);
        into[n++] = FeatureKey.Of(32, right.Suffix2);
        into[n++] = FeatureKey.Of(33, left.Suffix2);
        into[n++] = FeatureKey.Of(34, right.Lower, right2.Lower);
        into[n++] = FeatureKey.Of(35, p1, w.Shape);
        into[n++] = FeatureKey.Of(36, w.Suffix3, right.Lower);
        into[n++] = FeatureKey.Of(37, w.Lower, ambiguityRight);
        into[n++] = FeatureKey.Of(38, p1, left.Lower, w.Lower);
        into[n++] = FeatureKey.Of(39, right.Capitalised ? 1UL : 0UL, w.Capitalised ? 1UL : 0UL, left.Capitalised ? 1UL : 0UL);
        return n;
    }
}
