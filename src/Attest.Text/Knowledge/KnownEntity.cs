using Attest.Core.Extraction;

namespace Attest.Text.Knowledge;

/// <summary>An entry of the shipped knowledge: a country, place, organisation or group with its canonical name.</summary>
/// <param name="Key">Stable key across documents, e.g. <c>country:PAK</c>.</param>
/// <param name="Type">Contract entity type: location, organization or group.</param>
/// <param name="Kind">Finer class: country, region, city, organization, media, group.</param>
/// <param name="Derived">From the world gazetteer (places.tsv, admin-regions.tsv) rather than a hand-written file: a lone
/// word of it is a place only where the text treats it as a proper noun.</param>
/// <param name="Common">Its name is also a common English word ("Split", "Police"): a place only after a locative preposition.</param>
public sealed record KnownEntity(string Key, string Name, string Type, string Kind, string? Country, GeoPoint? Geo, bool Derived = false, bool Common = false);
