namespace Attest.Store.Reviews;

/// <summary>An incident entered by hand by an analyst: what happened, where, when, to whom, by whom, and on which sources.</summary>
/// <param name="ViolationType">A code from the shipped vocabulary (data/vocabularies/violation-types.tsv).</param>
/// <param name="Sources">Source ids or references the incident rests on, one per line.</param>
/// <param name="WitnessName">Sensitive: shown only to analysts and administrators, never exported unless asked for.</param>
/// <param name="WitnessContact">Sensitive, like <paramref name="WitnessName"/>.</param>
public sealed record Incident(
    string Id, DateOnly Occurred, string Place, string Perpetrators, string Victims, int VictimCount, string ViolationType,
    string Sources, string? WitnessName, string? WitnessContact, string CreatedBy, DateTimeOffset CreatedAt)
{
    /// <summary>The incident without its sensitive fields, for readers not allowed to see them.</summary>
    public Incident WithoutSensitiveFields() => this with { WitnessName = null, WitnessContact = null };
}
