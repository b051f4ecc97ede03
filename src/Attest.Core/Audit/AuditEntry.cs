namespace Attest.Core.Audit;

/// <summary>One line of the append-only audit log: who changed what, the hash of the new state, and the link to the line before.</summary>
/// <param name="StateHash">SHA-256 of the subject's state after the change, so later tampering with the subject shows.</param>
/// <param name="PreviousHash">The <see cref="Hash"/> of the entry before; the empty string for the first entry.</param>
public sealed record AuditEntry(
    long Sequence, DateTimeOffset At, string Actor, string Action, string Subject, string Details,
    string StateHash, string PreviousHash, string Hash);
