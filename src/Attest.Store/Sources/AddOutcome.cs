namespace Attest.Store.Sources;

/// <summary>What adding a source did: stored it, or found the same bytes already stored under <see cref="SourceId"/>.</summary>
public sealed record AddOutcome(string SourceId, bool Added);
