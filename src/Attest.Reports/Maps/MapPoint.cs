namespace Attest.Reports.Maps;

/// <summary>A place to mark on a map, with how many items happened there.</summary>
public sealed record MapPoint(string Label, double Lat, double Lon, int Count = 1);
