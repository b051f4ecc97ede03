using Attest.Analysis.Copies;
using Attest.Store.Copies;

namespace Attest.Workspace.Copies;

/// <summary>Finds which stored sources a new source copies and records its origin: candidates by LSH, verdict by MinHash estimates.</summary>
public sealed class CopyTracking(AttestWorkspace workspace, CopyDetector detector)
{
    /// <summary>A text reprinted hundreds of times would otherwise link to every reprint, and each new one would cost more than
    /// the last: a few links to an origin say it belongs there as well as all of them would.</summary>
    public const int LinksPerOrigin = 5;

    /// <returns>The origin the source belongs to (its own id when it copies nothing) and the origins it merged into that one.</returns>
    public OriginChange Track(string sourceId, string text, string actor)
    {
        var signature = CopySignature.Of(text);

        // A text too short to have a shingle matches nothing; indexing it would make every such text a candidate of every other.
        long[] keys = signature.ShingleCount == 0 ? [] : signature.BandKeys();
        var links = new List<CopyLink>();
        var candidates = keys.Length == 0 ? [] : workspace.Store.Copies.Candidates(keys, excluding: sourceId);

        // Within an origin its first source comes first, so the text a copy reprints is among the ones it links to.
        foreach (var origin in candidates.GroupBy(c => c.Origin, StringComparer.Ordinal))
        {
            var found = 0;
            foreach (var candidate in origin.OrderBy(c => c.SourceId == c.Origin ? 0 : 1))
            {
                var judgement = detector.Judge(signature, candidate.SourceId, CopySignature.FromBytes(candidate.MinHash, candidate.Shingles));
                if (judgement.IsCopy)
                {
                    links.Add(new CopyLink(sourceId, judgement.OtherSourceId, judgement.Jaccard, judgement.Containment, judgement.Reason));
                    if (++found == LinksPerOrigin)
                    {
                        break;
                    }
                }
            }
        }

        return workspace.Store.Copies.Record(new StoredSignature(sourceId, signature.ToBytes(), signature.ShingleCount), keys, links, actor);
    }
}
