namespace Attest.Core.Sources;

/// <summary>An input that could not be captured, with one human-readable reason (e.g. "empty file", "not UTF-8 text").</summary>
public sealed record CaptureFailure(string Input, string Reason)
{
    public override string ToString() => $"{Input}: {Reason}";
}
