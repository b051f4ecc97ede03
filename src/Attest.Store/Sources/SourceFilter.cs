namespace Attest.Store.Sources;

/// <summary>Which sources to list: by publication date range and outlet (case-insensitive substring).</summary>
public sealed record SourceFilter(DateOnly? From = null, DateOnly? To = null, string? Outlet = null);
