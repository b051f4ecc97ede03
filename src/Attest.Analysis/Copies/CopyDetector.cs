namespace Attest.Analysis.Copies;

/// <summary>Decides which candidate texts a new text copies (whole, edited, or in part) from their signatures.</summary>
/// <param name="MinContainment">Share of the shorter text that must be found in the other; 0.5 counts a story that reprints half a wire report.</param>
public sealed class CopyDetector(double MinContainment = 0.5)
{
    public CopyJudgement Judge(CopySignature text, string otherSourceId, CopySignature other)
    {
        var jaccard = text.Jaccard(other);
        var containment = text.Containment(other);
        var reason = jaccard >= 0.8 ? "near-duplicate" : containment >= MinContainment ? "shares a long passage" : "independent text";
        return new CopyJudgement(otherSourceId, jaccard, containment, containment >= MinContainment, reason);
    }
}
