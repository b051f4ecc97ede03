namespace Attest.Store.Reviews;

/// <summary>A person's decision on one extracted claim or event: the item as it stands after review, who decided and why.</summary>
/// <param name="Kind"><c>claim</c> or <c>event</c>.</param>
/// <param name="Decision"><c>confirmed</c>, <c>corrected</c> or <c>rejected</c>.</param>
/// <param name="ItemJson">The reviewed item in the extraction contract's shape; re-extraction puts it back.</param>
public sealed record ItemReview(
    string SourceId, string Kind, string ItemId, string Decision, string ItemJson, string Reviewer, string Reason, DateTimeOffset At)
{
    public const string Claim = "claim";
    public const string Event = "event";
    public const string Confirmed = "confirmed";
    public const string Corrected = "corrected";
    public const string Rejected = "rejected";

    /// <summary>The audit subject of the item: <c>SOURCEID/ITEMID</c>, the form the CLI accepts too.</summary>
    public string Subject => ItemSubject(SourceId, ItemId);

    public static string ItemSubject(string sourceId, string itemId) => sourceId + "/" + itemId;
}
