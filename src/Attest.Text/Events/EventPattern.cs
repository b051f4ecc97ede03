namespace Attest.Text.Events;

/// <summary>One line of the CAMEO pattern lexicon: word alternatives per position (null = a gap of a few words), the code, and
/// the preposition that introduces the target when it is not the object ("delivered aid TO the camps").</summary>
public sealed record EventPattern(string[]?[] Words, string Cameo, EventContext Context, string? TargetPreposition = null)
{
    public string Root => Cameo[..2];

    /// <summary>A use of force (CAMEO 18 assault, 19 fight, 20 mass violence): what "the attack" told again refers to.</summary>
    public bool IsForce => Root is "18" or "19" or "20";

    /// <summary>An appeal or a demand (CAMEO 02, 10): when it names no one, it is made of the authorities where it is made.</summary>
    public bool IsAppeal => Root is "02" or "10";
}
