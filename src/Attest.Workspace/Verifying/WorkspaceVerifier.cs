using Attest.Core.Audit;
using Attest.Core.Sources;
using Attest.Ingest;

namespace Attest.Workspace.Verifying;

/// <summary>Recomputes every blob's hash, walks the audit chain end to end, and checks each source against its audited state.</summary>
public sealed class WorkspaceVerifier(AttestWorkspace workspace)
{
    public VerificationReport Verify(IProgress<int>? progress = null)
    {
        var problems = new List<VerificationProblem>();
        var entries = workspace.Store.Audit.Entries();
        foreach (var broken in AuditChain.FindBreaks(entries))
        {
            problems.Add(new VerificationProblem("audit log", broken));
        }

        // The audited state of each source when it was added (sources are never edited in place; re-extraction changes only
        // derived rows); a source whose row no longer hashes to it was changed behind the log's back.
        var audited = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Action == "source.add"))
        {
            audited[entry.Subject] = entry.StateHash;
        }

        var count = 0;
        foreach (var source in workspace.Store.Sources.All())
        {
            var subject = $"source {source.Id} ({source.Metadata.Origin})";
            switch (workspace.Blobs.Verify(source.Sha256))
            {
                case BlobCheck.Missing:
                    problems.Add(new VerificationProblem(subject, "its original bytes are missing from the blob store"));
                    break;
                case BlobCheck.Changed:
                    problems.Add(new VerificationProblem(subject, "its stored bytes no longer match their SHA-256 hash"));
                    break;
            }

            if (!audited.TryGetValue(source.Id, out var stateHash))
            {
                problems.Add(new VerificationProblem(subject, "has no entry in the audit log"));
            }
            else if (stateHash != SourceState.Hash(source.Sha256, source.Metadata, source.Text))
            {
                problems.Add(new VerificationProblem(subject, "its metadata or text differ from what the audit log recorded"));
            }

            audited.Remove(source.Id);
            count++;
            progress?.Report(count);
        }

        foreach (var missing in audited.Keys)
        {
            problems.Add(new VerificationProblem($"source {missing}", "is in the audit log but missing from the database"));
        }

        return new VerificationReport(count, entries.Count, problems);
    }
}
