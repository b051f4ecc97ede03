namespace Attest.Reports.Model;

/// <summary>An actor of an event or a claim's speaker: the name as written, its country, and the knowledge record it was linked to.</summary>
public sealed record ExportedActor(string Name, string? Country, string? Record, string? Label);
