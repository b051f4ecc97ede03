namespace Attest.Store.Extractions;

/// <summary>Filters for listing extracted claims, events and entities across sources. Text filters are case-insensitive substrings.</summary>
/// <param name="Source">A source id or id prefix.</param>
/// <param name="Speaker">Claims whose speaker name contains this, or whose speaker kind is this (e.g. <c>anonymous</c>).</param>
/// <param name="Entity">Items naming this entity: a claim's speaker, an event's actor or target, an entity's name or alias.</param>
/// <param name="Cameo">Events whose CAMEO code starts with this (<c>04</c> = all consultations).</param>
/// <param name="Status">Claims or events whose cluster has this support status (<c>contested</c>, <c>anonymous-only</c>…).</param>
/// <param name="From">On or after this date: the event's date, else the source's publication date.</param>
public sealed record ItemFilter(
    string? Source = null, string? Speaker = null, string? Entity = null, string? Cameo = null,
    DateOnly? From = null, DateOnly? To = null, int Limit = 500, string? Status = null)
{
    /// <summary>How many matching items to skip, for paging through long lists on the server.</summary>
    public int Offset { get; init; }
}
