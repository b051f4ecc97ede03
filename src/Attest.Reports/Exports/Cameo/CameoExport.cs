using Attest.Reports.Exports.Csv;
using Attest.Reports.Model;

namespace Attest.Reports.Exports.Cameo;

/// <summary>Event data in the CAMEO convention (as GDELT/ICEWS users expect): date, source and target actors with countries, code, root, QuadClass, Goldstein.</summary>
public static class CameoExport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id", "event_date", "source_actor", "source_country", "target_actor", "target_country", "cameo_code", "root_code", "quad_class",
        "goldstein", "place", "latitude", "longitude", "negated", "hypothetical", "status", "source_id", "source_sha256", "url",
    ];

    /// <summary>Writes every event; a negated or hypothetical one is kept and flagged, since dropping it would hide what the text says.</summary>
    public static void Write(ExportSet set, TextWriter output) => CsvTable.Write(output, Columns, set.Events.Select(e => (IReadOnlyList<object?>)
    [
        e.Id, e.When, e.Actor.Name, e.Actor.Country, e.Target?.Name, e.Target?.Country, e.Cameo, e.Root, CameoCodes.QuadClass(e.Root),
        CameoCodes.GoldsteinScore(e.Cameo), e.Place?.Name, e.Place?.Lat, e.Place?.Lon, e.Negated, e.Hypothetical, e.Status, e.SourceId, e.Sha256, e.Url,
    ]));
}
