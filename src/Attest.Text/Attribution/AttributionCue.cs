namespace Attest.Text.Attribution;

/// <summary>One cue form from the lexicon: its words ("pointed", "out"), lemma and frame.</summary>
public sealed record AttributionCue(string Form, string[] Words, string Lemma, CueFrame Frame)
{
    public bool IsParticiple => Words[0].EndsWith("ing", StringComparison.Ordinal);
}
