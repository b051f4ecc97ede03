namespace Attest.Store.Reviews;

/// <summary>A machine-extracted claim or event as the review queue lists it, with its source's title and outlet.</summary>
/// <param name="Summary">Who says it (claims) or who does what to whom (events), in a few words.</param>
/// <param name="Decision">The review it has had, or null while it waits for one.</param>
public sealed record QueueItem(
    string SourceId, string Kind, string ItemId, string Text, string Summary, string? Title, DateOnly? Published, string? Outlet = null, string? Decision = null);
