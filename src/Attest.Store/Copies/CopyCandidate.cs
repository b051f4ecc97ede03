namespace Attest.Store.Copies;

/// <summary>A stored source that shares a band key with a new text: its signature and the origin it belongs to now.</summary>
public sealed record CopyCandidate(string SourceId, string Origin, byte[] MinHash, int Shingles);
