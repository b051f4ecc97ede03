namespace Attest.Store.Copies;

/// <summary>A source's stored copy signature: MinHash bytes and shingle count, as written by the copy detector.</summary>
public sealed record StoredSignature(string SourceId, byte[] MinHash, int Shingles);
