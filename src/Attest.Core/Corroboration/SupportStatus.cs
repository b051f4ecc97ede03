namespace Attest.Core.Corroboration;

/// <summary>How well an event or claim cluster is supported; the rules that assign each are in the README ("How support is rated").</summary>
public static class SupportStatus
{
    /// <summary>Every independent origin is one: however many outlets printed it, one text carries it.</summary>
    public const string SingleSource = "single-source";

    /// <summary>Every origin rests on unnamed sources ("sources said", "an official, on condition of anonymity").</summary>
    public const string AnonymousOnly = "anonymous-only";

    /// <summary>Several independent origins, all from one party to the dispute (its government, its press).</summary>
    public const string OneSided = "one-sided";

    /// <summary>Independent origins from more than one party, or from a neutral body (a UN agency, an international wire).</summary>
    public const string Corroborated = "corroborated";

    /// <summary>A source disputes or denies it.</summary>
    public const string Contested = "contested";

    public static IReadOnlyList<string> All { get; } = [Contested, AnonymousOnly, SingleSource, OneSided, Corroborated];

    public static bool IsKnown(string value) => All.Contains(value, StringComparer.Ordinal);
}
