namespace Attest.Core.Knowledge;

/// <summary>One real actor or place across all documents: a stable id, a neutral label, its names and its roles over time.</summary>
/// <param name="Id">Stable id, e.g. <c>person:imran-khan</c>, <c>org:united-nations-security-council</c>, <c>place:kashmir</c>, <c>country:PAK</c>.</param>
/// <param name="Type">person | organization | location | group.</param>
/// <param name="Label">The neutral label shown by default.</param>
/// <param name="Country">ISO 3166 alpha-3 of the actor's state, or the place's country; null when international or contested.</param>
/// <param name="Origin">Where the record comes from: <c>pack</c> (shipped), <c>candidate</c> (made from an unlinked mention), <c>user</c>.</param>
public sealed record KnowledgeRecord(
    string Id, string Type, string Label, string? Country, double? Lat, double? Lon, string Origin,
    IReadOnlyList<RecordName> Names, IReadOnlyList<RecordRole> Roles)
{
    public const string FromPack = "pack";
    public const string FromCandidate = "candidate";
    public const string FromUser = "user";
}

/// <summary>A name of a record, with its language and who uses it (contested names are political: "IOK" is used by Pakistani sources).</summary>
/// <param name="UsedBy">Who uses this name, e.g. "Pakistani government and press"; null when in general use.</param>
public sealed record RecordName(string Name, string? Language = "en", string? UsedBy = null);

/// <summary>A role a person held, in a country, over a period (To null = still holds it).</summary>
public sealed record RecordRole(string Role, string? Country, DateOnly From, DateOnly? To)
{
    public bool HeldOn(DateOnly date) => From <= date && (To is null || date <= To);
}
