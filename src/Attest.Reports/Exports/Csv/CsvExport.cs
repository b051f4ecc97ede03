using Attest.Reports.Exports.Cameo;
using Attest.Reports.Model;

namespace Attest.Reports.Exports.Csv;

/// <summary>Plain CSV tables for spreadsheets and statistics tools: one row per event, claim or source, with stable ids.</summary>
public static class CsvExport
{
    public static readonly IReadOnlyList<string> EventColumns =
    [
        "id", "source_id", "source_sha256", "published", "outlet", "url", "event_date", "cameo", "cameo_root", "cameo_root_name", "quad_class",
        "goldstein", "actor", "actor_country", "actor_record", "target", "target_country", "target_record", "place", "place_record",
        "place_country", "latitude", "longitude", "passage", "claim", "negated", "hypothetical", "status", "cluster_id",
    ];

    public static readonly IReadOnlyList<string> ClaimColumns =
    [
        "id", "source_id", "source_sha256", "published", "outlet", "url", "speaker_kind", "speaker", "speaker_record", "cue", "direct",
        "passage", "via", "status", "cluster_id",
    ];

    public static readonly IReadOnlyList<string> SourceColumns =
    [
        "id", "sha256", "size", "title", "outlet", "author", "published", "url", "language", "origin", "copy_origin",
    ];

    public static void WriteEvents(ExportSet set, TextWriter output) => CsvTable.Write(output, EventColumns, set.Events.Select(e => (IReadOnlyList<object?>)
    [
        e.Id, e.SourceId, e.Sha256, e.Published, e.Outlet, e.Url, e.Date, e.Cameo, e.Root, CameoCodes.RootName(e.Root), CameoCodes.QuadClass(e.Root),
        CameoCodes.GoldsteinScore(e.Cameo), e.Actor.Name, e.Actor.Country, e.Actor.Record, e.Target?.Name, e.Target?.Country, e.Target?.Record,
        e.Place?.Name, e.Place?.Record, e.Place?.Country, e.Place?.Lat, e.Place?.Lon, e.Passage, e.Claim is null ? null : $"{e.SourceId}/{e.Claim}",
        e.Negated, e.Hypothetical, e.Status, e.ClusterId,
    ]));

    public static void WriteClaims(ExportSet set, TextWriter output) => CsvTable.Write(output, ClaimColumns, set.Claims.Select(c => (IReadOnlyList<object?>)
    [
        c.Id, c.SourceId, c.Sha256, c.Published, c.Outlet, c.Url, c.SpeakerKind, c.Speaker?.Name, c.Speaker?.Record, c.Cue, c.Direct,
        c.Passage, c.Via is null ? null : $"{c.SourceId}/{c.Via}", c.Status, c.ClusterId,
    ]));

    public static void WriteSources(ExportSet set, TextWriter output) => CsvTable.Write(output, SourceColumns, set.Sources.Select(s => (IReadOnlyList<object?>)
    [
        s.Id, s.Sha256, s.Size, s.Metadata.Title, s.Metadata.Outlet, s.Metadata.Author, s.Metadata.Published, s.Metadata.Url,
        s.Metadata.Language, s.Metadata.Origin, s.CopyOrigin,
    ]));
}
