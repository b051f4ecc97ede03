namespace Attest.Analysis.Resolution;

/// <summary>Which record types an extracted entity type may link to: armed groups and parties are organisations to some writers and groups to others.</summary>
public static class TypeMatch
{
    public static bool Fits(string entityType, string recordType) => entityType switch
    {
        "organization" or "group" => recordType is "organization" or "group",
        "person" or "location" => recordType == entityType,
        _ => true,
    };
}
