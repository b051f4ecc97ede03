namespace Attest.Reports.Exports.Acled;

/// <summary>
/// Maps CAMEO codes onto ACLED's event types where one exists (ACLED Codebook 2023). The most specific CAMEO prefix wins.
/// Verbal events (statements, appeals, consultations, demands, criticism, threats…) have no ACLED equivalent: ACLED records
/// political violence, demonstrations and strategic developments, not speech, so those events are left out of the ACLED file.
/// </summary>
public static class AcledMapping
{
    private const string PoliticalViolence = "Political violence";
    private const string Demonstrations = "Demonstrations";
    private const string Strategic = "Strategic developments";

    /// <summary>CAMEO prefix → ACLED type; documented in the README ("Reports and exports").</summary>
    public static readonly IReadOnlyList<(string Cameo, AcledType Type)> Table =
    [
        ("057", new AcledType("Strategic developments", "Agreement", Strategic)),
        ("0871", new AcledType("Strategic developments", "Agreement", Strategic)),
        ("14", new AcledType("Protests", "Peaceful protest", Demonstrations)),
        ("145", new AcledType("Riots", "Violent demonstration", Demonstrations)),
        ("171", new AcledType("Strategic developments", "Looting/property destruction", Strategic)),
        ("173", new AcledType("Strategic developments", "Arrests", Strategic)),
        ("175", new AcledType("Protests", "Excessive force against protesters", Demonstrations)),
        ("18", new AcledType("Violence against civilians", "Attack", PoliticalViolence)),
        ("181", new AcledType("Violence against civilians", "Abduction/forced disappearance", PoliticalViolence)),
        ("1821", new AcledType("Violence against civilians", "Sexual violence", PoliticalViolence)),
        ("183", new AcledType("Explosions/Remote violence", "Remote explosive/landmine/IED", PoliticalViolence)),
        ("1831", new AcledType("Explosions/Remote violence", "Suicide bomb", PoliticalViolence)),
        ("19", new AcledType("Battles", "Armed clash", PoliticalViolence)),
        ("194", new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack", PoliticalViolence)),
        ("195", new AcledType("Explosions/Remote violence", "Air/drone strike", PoliticalViolence)),
        ("20", new AcledType("Violence against civilians", "Attack", PoliticalViolence)),
    ];

    public static AcledType? For(string cameo) =>
        Table.Where(t => cameo.StartsWith(t.Cameo, StringComparison.Ordinal)).OrderByDescending(t => t.Cameo.Length).Select(t => t.Type).FirstOrDefault();
}
