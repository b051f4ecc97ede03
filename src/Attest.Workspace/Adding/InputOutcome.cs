namespace Attest.Workspace.Adding;

/// <summary>The result for one captured item: stored, already there, or failed with one reason naming the input.</summary>
public sealed record InputOutcome(AddOutcomeKind Kind, string Input, string? SourceId = null, string? Title = null, string? Reason = null);
