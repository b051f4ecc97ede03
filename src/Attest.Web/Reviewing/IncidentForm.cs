using System.Globalization;
using Attest.Core.Sources;
using Attest.Store.Reviews;
using Attest.Workspace;

namespace Attest.Web.Reviewing;

/// <summary>The fields of the incident entry and edit forms, and the one check both run: every field bounded, sources that exist.</summary>
public sealed class IncidentForm
{
    /// <summary>An incident rests on at most this many sources.</summary>
    public const int MaxSources = 50;

    private static readonly DateOnly Earliest = new(1900, 1, 1);

    public DateOnly? Occurred { get; set; }
    public string? Place { get; set; }
    public string? ViolationType { get; set; }
    public string? Perpetrators { get; set; }
    public string? Victims { get; set; }
    public int? VictimCount { get; set; }
    public string? Sources { get; set; }
    public string? WitnessName { get; set; }
    public string? WitnessContact { get; set; }

    public static IncidentForm From(Incident i) => new()
    {
        Occurred = i.Occurred,
        Place = i.Place,
        ViolationType = i.ViolationType,
        Perpetrators = i.Perpetrators,
        Victims = i.Victims,
        VictimCount = i.VictimCount,
        Sources = i.Sources,
        WitnessName = i.WitnessName,
        WitnessContact = i.WitnessContact,
    };

    /// <summary>The source ids, one per line, as entered.</summary>
    public static IReadOnlyList<string> SourceIds(string? sources) =>
        [.. (sources ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>Each line of an incident's sources with the stored source it names, or null for an older free-text reference.</summary>
    public static IReadOnlyList<(string Reference, StoredSource? Source)> SourcesOf(AttestWorkspace workspace, Incident incident) =>
        [.. SourceIds(incident.Sources).Select(s => (s, workspace.Store.Sources.Get(s)))];

    /// <summary>
    /// The incident the form describes (with the given id), or a message naming the first field that is wrong and why. A source is
    /// named by its whole id: the store's lookup also takes a prefix or a hash, which would be kept as typed and could later name
    /// another source, or none.
    /// </summary>
    public (Incident? Incident, string? Error) Check(AttestWorkspace workspace, ViolationTypes types, string id)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sources = SourceIds(Sources);
        var error = Occurred is null ? "date: required"
            : Occurred < Earliest || Occurred > today.AddDays(1) ? $"date {Occurred:yyyy-MM-dd}: must lie between {Earliest:yyyy-MM-dd} and today"
            : string.IsNullOrWhiteSpace(Place) ? "place: required"
            : FieldLimits.TooLong("place", Place.Trim(), FieldLimits.Name)
            ?? (ViolationType is null || !types.Contains(ViolationType) ? $"violation type '{ViolationType}': choose one from the list"
            : string.IsNullOrWhiteSpace(Perpetrators) ? "perpetrators: required (write 'unknown' when the sources do not say)"
            : FieldLimits.TooLong("perpetrators", Perpetrators.Trim(), FieldLimits.Text)
            ?? (string.IsNullOrWhiteSpace(Victims) ? "victims: required"
            : FieldLimits.TooLong("victims", Victims.Trim(), FieldLimits.Text)
            ?? (VictimCount is null or < 0 or > FieldLimits.VictimCount ? $"number of victims: a whole number from 0 to {FieldLimits.VictimCount.ToString("N0", CultureInfo.InvariantCulture)}"
            : sources.Count == 0 ? "sources: name at least one source the incident rests on (its id, as on the source's page)"
            : sources.Count > MaxSources ? $"sources: at most {MaxSources}"
            : sources.FirstOrDefault(s => workspace.Store.Sources.Get(s)?.Id != s) is { } missing
                ? $"sources: '{(missing.Length > 40 ? missing[..40] + "…" : missing)}' is not a source in this workspace (give source ids, one per line)"
            : FieldLimits.TooLong("witness name", WitnessName, FieldLimits.Name)
            ?? FieldLimits.TooLong("witness contact", WitnessContact, FieldLimits.Name))));
        if (error is not null)
        {
            return (null, error);
        }

        return (new Incident(
            id, Occurred!.Value, Place!.Trim(), Perpetrators!.Trim(), Victims!.Trim(), VictimCount!.Value, ViolationType!, string.Join('\n', sources),
            string.IsNullOrWhiteSpace(WitnessName) ? null : WitnessName.Trim(), string.IsNullOrWhiteSpace(WitnessContact) ? null : WitnessContact.Trim(),
            "", DateTimeOffset.MinValue), null);
    }
}
