namespace Attest.Store.Reviews;

/// <summary>A machine-extracted claim or event nobody has reviewed yet, as the review queue lists it.</summary>
/// <param name="Summary">Who says it (claims) or who does what to whom (events), in a few words.</param>
public sealed record QueueItem(string SourceId, string Kind, string ItemId, string Text, string Summary, string? Title, DateOnly? Published);
