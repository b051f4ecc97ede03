using Attest.Analysis.Copies;
using Attest.Store.Copies;

namespace Attest.Workspace.Copies;

/// <summary>Finds which stored sources a new source copies and records its origin: candidates by LSH, verdict by MinHash estimates.</summary>
public sealed class CopyTracking(AttestWorkspace workspace, CopyDetector detector)
{
    /// <returns>The origin the source belongs to (its own id when it copies nothing) and the origins it merged into that one.</returns>
    public OriginChange Track(string sourceId, string text, string actor)
    {
        var signature = CopySignature.Of(text);

        // A text too short to have a shingle matches nothing; indexing it would make every such text a candidate of every other.
        long[] keys = signature.ShingleCount == 0 ? [] : signature.BandKeys();
        var links = keys.Length == 0
            ? []
            : workspace.Store.Copies.Candidates(keys, excluding: sourceId)
                .Select(c => detector.Judge(signature, c.SourceId, CopySignature.FromBytes(c.MinHash, c.Shingles)))
                .Where(j => j.IsCopy)
                .Select(j => new CopyLink(sourceId, j.OtherSourceId, j.Jaccard, j.Containment, j.Reason))
                .ToList();
        return workspace.Store.Copies.Record(new StoredSignature(sourceId, signature.ToBytes(), signature.ShingleCount), keys, links, actor);
    }
}
