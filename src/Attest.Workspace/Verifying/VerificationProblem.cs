namespace Attest.Workspace.Verifying;

/// <summary>One thing <c>attest verify</c> found wrong, naming the source (or audit entry) it concerns.</summary>
public sealed record VerificationProblem(string Subject, string Message)
{
    public override string ToString() => $"{Subject}: {Message}";
}
