namespace Attest.Web.Reviewing;

/// <summary>A reviewer's decision on a claim as submitted by a form or the API; empty fields keep the machine's value.</summary>
/// <param name="Decision"><c>confirmed</c>, <c>corrected</c> or <c>rejected</c>.</param>
/// <param name="SpeakerEntity">A knowledge record id to link the speaker to (e.g. <c>org:indian-army</c>).</param>
public sealed record ClaimCorrection(
    string Decision, string? Reason, string? SpeakerKind = null, string? SpeakerName = null, string? SpeakerEntity = null);
