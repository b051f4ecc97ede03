namespace Attest.Web.Reviewing;

/// <summary>A reviewer's decision on an event as submitted by a form or the API; empty fields keep the machine's value.</summary>
/// <param name="Cameo">A CAMEO code of 2 to 4 digits; its first two digits become the root.</param>
/// <param name="Date"><c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</param>
public sealed record EventCorrection(
    string Decision, string? Reason, string? Cameo = null, string? Date = null, string? Actor = null, string? ActorEntity = null,
    string? Target = null, string? TargetEntity = null);
