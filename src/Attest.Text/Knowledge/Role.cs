namespace Attest.Text.Knowledge;

/// <summary>A title or role ("Prime Minister", "the premier", "Army chief") and how it may be used.</summary>
/// <param name="Canonical">The role it names ("premier" → "prime minister").</param>
/// <param name="IsTitle">It may stand before a name: "Prime Minister Imran Khan".</param>
/// <param name="IsNoun">It may refer back to a person: "the premier".</param>
public sealed record Role(string Canonical, bool IsTitle, bool IsNoun)
{
    /// <summary>Whether this role names the head of a state or government, so "the leader" can refer to its holder.</summary>
    public bool IsLeader => Canonical is "prime minister" or "president" or "king" or "chief minister" or "leader" or "crown prince";
}
