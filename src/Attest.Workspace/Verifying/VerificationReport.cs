namespace Attest.Workspace.Verifying;

/// <summary>What <c>attest verify</c> checked and what it found.</summary>
public sealed record VerificationReport(int SourcesChecked, int AuditEntriesChecked, IReadOnlyList<VerificationProblem> Problems)
{
    public bool Ok => Problems.Count == 0;
}
