namespace Attest.Web.Rendering;

/// <summary>One extracted item's span in a document: what it is (entity, date, quantity, claim, event), its id and a label.</summary>
/// <param name="Kind"><c>entity</c>, <c>date</c>, <c>quantity</c>, <c>claim</c> or <c>event</c>.</param>
/// <param name="Subtype">The entity type (person, location…), the speaker kind, or the CAMEO code.</param>
public sealed record Annotation(string Kind, string Id, string Subtype, string Label, int Start, int End);
