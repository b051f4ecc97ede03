namespace Attest.Analysis.Corroboration;

/// <summary>A cluster's status with the facts behind it and one sentence per rule that decided it.</summary>
/// <param name="Parties">The parties (country codes, or <c>neutral</c>) whose outlets or officials carry it.</param>
public sealed record SupportVerdict(
    string Status, int Sources, int Origins, int NamedOrigins, int AnonymousOrigins, IReadOnlyList<string> Parties, IReadOnlyList<string> Reasons);
