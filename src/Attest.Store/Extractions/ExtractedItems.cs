namespace Attest.Store.Extractions;

/// <summary>A claim as listed across the workspace, with the source it came from and its cluster's support status (null before clustering).</summary>
public sealed record ClaimListing(
    string SourceId, string Origin, DateOnly? Published, string ClaimId, int Start, int End, string Text, bool Direct, string? Cue,
    string SpeakerKind, string? SpeakerName, string? SpeakerEntity, string? Via, string? ClusterId = null, string? Status = null);

/// <summary>An event as listed across the workspace, with the source it came from and its cluster's support status (null before clustering).</summary>
public sealed record EventListing(
    string SourceId, string Origin, DateOnly? Published, string EventId, int Start, int End, string Text, string Cameo, string Root,
    string Actor, string? ActorCountry, string? Target, string? TargetCountry, string? Location, string? Date, string? ClaimId,
    bool Negated, bool Hypothetical, string? ClusterId = null, string? Status = null);

/// <summary>An entity as found in one source.</summary>
public sealed record EntityListing(
    string SourceId, string Origin, string EntityId, string Type, string Name, IReadOnlyList<string> Aliases, string? Country, int Mentions);
