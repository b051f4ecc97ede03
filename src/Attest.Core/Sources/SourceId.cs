namespace Attest.Core.Sources;

/// <summary>Derives the user-facing source id from a content hash, so the same bytes get the same id in every workspace.</summary>
public static class SourceId
{
    public const int Length = 12;

    public static string FromSha256(string sha256) =>
        sha256.Length < Length ? throw new ArgumentException("Not a SHA-256 hex digest.", nameof(sha256)) : sha256[..Length];
}
