using System.Globalization;
using System.Text.Json.Serialization;

namespace Attest.Analysis.Corroboration;

/// <summary>What clustering compares about one extracted event or claim: its kind, when, who, where, which words, and who says it.</summary>
/// <param name="Key">Unique across the workspace: <c>SOURCEID/ITEMID</c>.</param>
/// <param name="Date">The item's own date value (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>), when the text gives one.</param>
/// <param name="Root">The two-digit CAMEO root of an event; empty for a claim.</param>
/// <param name="Terms">The content words of the passage (lower case, crudely stemmed, distinct, sorted).</param>
/// <param name="SpeakerKind">Who reports it: a claim's speaker kind, or for an event the speaker of the claim that reports it (<c>author</c> when none).</param>
/// <param name="Denial">A claim whose cue denies or rejects ("Pakistan denies it has links…"): it disputes what it overlaps.</param>
/// <param name="Counts">For an event, the people its sentence counts ("two civilians were injured"); null when none.</param>
/// <param name="Account">For an event its report tells again as its main one ("the strike"), the key of that main event.</param>
/// <param name="Disputes">For a rejection of a statement told before ("disputes the claim"), the key of what it disputes.</param>
/// <param name="Places">For a report's main event and its retellings, the report's places smaller than a region ("Varnok").</param>
/// <param name="PlaceKey">The event's own place as a key (<see cref="SpecificPlaces.Key"/>) when it is smaller than a region.</param>
public sealed record ItemProfile(
    string Kind, string Key, string SourceId, DateOnly? Published, string? Date, string Root,
    string? Actor, string? ActorCountry, string? Target, string? TargetCountry, string? Location,
    string SpeakerKind, string? SpeakerName, string? SpeakerCountry, IReadOnlyList<string> Terms, bool Denial,
    IReadOnlyList<ReportedCount>? Counts = null, string? Account = null, string? Disputes = null,
    IReadOnlyList<string>? Places = null, string? PlaceKey = null)
{
    public const string EventKind = "event";
    public const string ClaimKind = "claim";

    /// <summary>The day the item happened, as precisely as known: its own full date, else the report's publication date.</summary>
    /// <remarks>Computed once: clustering reads it for every candidate pair.</remarks>
    [JsonIgnore]
    public DateOnly? Day { get; } =
        Date is { Length: 10 } && DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : Published;

    [JsonIgnore]
    public bool IsAnonymous => SpeakerKind == "anonymous";
}
