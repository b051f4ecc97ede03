namespace Attest.Text.Events;

/// <summary>One line of the CAMEO pattern lexicon: word alternatives per position (null = a gap of a few words) and the code.</summary>
public sealed record EventPattern(string[]?[] Words, string Cameo, EventContext Context)
{
    public string Root => Cameo[..2];
}
