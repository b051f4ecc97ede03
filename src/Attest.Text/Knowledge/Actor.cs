namespace Attest.Text.Knowledge;

/// <summary>A known office-holder: whose country a person is, and which role they held when.</summary>
public sealed record Actor(string Name, string? Country, string Role, int From, int? To);
