namespace Attest.Store.Knowledge;

/// <summary>Where a knowledge record is mentioned: one linked entity of one source, with the link's evidence.</summary>
public sealed record RecordMention(
    string SourceId, string Origin, string? Title, DateOnly? Published, string EntityId, string EntityName,
    string Rule, string Matched, double Score, string Status);
