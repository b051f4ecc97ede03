namespace Attest.Store.Search;

/// <summary>A full-text query in web-search syntax (words are ANDed, "quoted phrases", OR, -excluded) with metadata filters.</summary>
public sealed record SearchQuery(string Text, DateOnly? From = null, DateOnly? To = null, string? Outlet = null, int Limit = 20);
