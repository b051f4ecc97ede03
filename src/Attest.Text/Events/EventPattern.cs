namespace Attest.Text.Events;

/// <summary>One line of the CAMEO pattern lexicon: word alternatives per position (null = a gap of a few words) and the code.</summary>
public sealed record EventPattern(string[]?[] Words, string Cameo, EventContext Context)
{
    public string Root => Cameo[..2];

    /// <summary>A use of force (CAMEO 18 assault, 19 fight, 20 mass violence): what "the attack" told again refers to.</summary>
    public bool IsForce => Root is "18" or "19" or "20";
}
