namespace Attest.Analysis.Corroboration;

/// <summary>Who stands behind an outlet or a speaking body: its country (the party it speaks for) or <c>neutral</c>.</summary>
public sealed record Affiliation(string Name, string Kind, string Party)
{
    public const string Neutral = "neutral";

    public bool IsNeutral => Party == Neutral;
}
