namespace Attest.Reports.Exports.Acled;

/// <summary>An ACLED event type and sub-event type.</summary>
public sealed record AcledType(string EventType, string SubEventType, string DisorderType);
