namespace Attest.Analysis.Copies;

/// <summary>Whether one text copies another, with the estimates behind the verdict.</summary>
public sealed record CopyJudgement(string OtherSourceId, double Jaccard, double Containment, bool IsCopy, string Reason);
