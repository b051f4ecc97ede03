namespace Attest.Core.Sources;

/// <summary>One outcome of capturing an input: a source, or a failure naming the input. Exactly one is set.</summary>
public sealed record CaptureResult
{
    private CaptureResult(CapturedSource? source, CaptureFailure? failure) => (Source, Failure) = (source, failure);

    public CapturedSource? Source { get; }
    public CaptureFailure? Failure { get; }

    public static CaptureResult Ok(CapturedSource source) => new(source, null);
    public static CaptureResult Failed(string input, string reason) => new(null, new CaptureFailure(input, reason));
}
