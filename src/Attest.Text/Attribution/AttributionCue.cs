namespace Attest.Text.Attribution;

/// <summary>One cue form from the lexicon: its words ("pointed", "out"), lemma and frame, and whether it reports a noun
/// phrase as a fact ("confirmed the deaths").</summary>
public sealed record AttributionCue(string Form, string[] Words, string Lemma, CueFrame Frame, bool ReportsObject = false)
{
    public bool IsParticiple => Words[0].EndsWith("ing", StringComparison.Ordinal);
}
