namespace Attest.Ingest;

/// <summary>What <see cref="BlobStore.Verify"/> found for one hash: the bytes are intact, gone, or no longer hash to their name.</summary>
public enum BlobCheck
{
    Ok,
    Missing,
    Changed,
}
