using Attest.Core.Extraction;

namespace Attest.Text.Attribution;

/// <summary>A claim while the attribution pass is still working on it: content span, cue, speaker and how they were arranged.</summary>
internal sealed class ClaimCandidate
{
    public required int Start { get; set; }
    public required int End { get; set; }
    public required bool Direct { get; init; }
    public required string? Cue { get; init; }
    public required CueFrame Frame { get; init; }
    public required ClaimLayout Layout { get; init; }
    public required int CueStart { get; init; }

    /// <summary>Where the attribution itself begins (", sources added" starts at the comma), to end a content before it.</summary>
    public required int FrameStart { get; init; }

    public required Speaker Speaker { get; init; }

    /// <summary>How the speaker was found (null for the author's voice).</summary>
    public SpeakerFound? Found { get; init; }
    public required int Sentence { get; init; }
    public ClaimCandidate? Via { get; set; }
    public bool Dropped { get; set; }
}

/// <summary>Where a claim's content sits relative to its cue.</summary>
internal enum ClaimLayout
{
    /// <summary>"X said that C", "X said, “C”".</summary>
    Leading,

    /// <summary>"C, X said", "“C,” X said".</summary>
    Trailing,

    /// <summary>"C1, X said, C2".</summary>
    Parenthetical,

    /// <summary>A quotation with no cue right after another speaker's quotation.</summary>
    Continuation,

    /// <summary>A sentence in the author's own voice.</summary>
    Author,
}
