namespace Attest.Store.Copies;

/// <summary>One source copying another (whole, edited or in part), with the similarity estimates behind it.</summary>
public sealed record CopyLink(string SourceId, string CopyOf, double Jaccard, double Containment, string Reason);
