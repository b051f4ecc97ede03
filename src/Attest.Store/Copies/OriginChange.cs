namespace Attest.Store.Copies;

/// <summary>What recording a source's copies did to origins: the origin it now belongs to, and the origins that were merged
/// into that one by it (a copy of two texts joins their groups). Only a merge changes how many independent origins other
/// sources' clusters count; a source that simply joins an origin changes nothing for clusters it has no item in.</summary>
public sealed record OriginChange(string Origin, IReadOnlyList<string> Merged);
