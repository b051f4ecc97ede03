namespace Attest.Reports.Model;

/// <summary>Where an event happened: the name as written, the linked record, its country and coordinates when known.</summary>
public sealed record ExportedPlace(string Name, string? Record, string? Label, string? Country, double? Lat, double? Lon);
