using System.Globalization;
using Attest.Reports.Charts;
using Attest.Reports.Exports.Cameo;
using Attest.Reports.Maps;
using Attest.Reports.Model;

namespace Attest.Reports.Dossier;

/// <summary>Turns an export set into a dossier: counts, a footnoted chronology, claims by speaker, contested items, charts, a map, an annex.</summary>
public static class DossierBuilder
{
    public const string NotReviewed = "machine-extracted, not reviewed";
    private const string NoStatus = "not yet corroborated";

    /// <param name="evidence">Cluster members and denials from corroboration; without it, each item cites only its own source.</param>
    public static DossierModel Build(ExportSet set, string title, DateTimeOffset now, string css, ClusterEvidence? evidence = null)
    {
        var notes = new FootnoteList(set);
        IReadOnlyList<int> Notes(string sourceId, string id, string passage, string? cluster) =>
            evidence?.Notes(notes, sourceId, id, passage, cluster) ?? [notes.For(sourceId, id, passage)];

        // One entry per real-world event: reports of it in several sources share a cluster, and the entry cites them all.
        var events = set.Events.GroupBy(e => e.ClusterId ?? e.Id).Select(g => g.First()).Select(e => new DossierEvent(
            e.Id, e.When ?? "undated", PlaceOf(e) ?? "—", Actors(e),
            CameoCodes.RootName(e.Root), e.Cameo, e.Status ?? NoStatus, NotReviewed, e.Passage,
            Notes(e.SourceId, e.Id, e.Passage, e.ClusterId), e.Negated, e.Hypothetical)
        {
            Why = evidence?.Cluster(e.ClusterId) is { } c ? string.Join(" ", c.Reasons) : string.Empty,
        }).ToList();
        var groups = set.Claims
            .GroupBy(c => c.SpeakerKind switch
            {
                "anonymous" => ("anonymous", "Anonymous sources"),
                "author" => ("author", "Authors, in their own voice"),
                _ => ("named", c.Speaker?.Label ?? c.Speaker?.Name ?? c.SpeakerKind),
            })
            .OrderBy(g => g.Key.Item1 switch { "named" => 0, "anonymous" => 1, _ => 2 }).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Item2, StringComparer.Ordinal)
            .Select(g => new SpeakerGroup(g.Key.Item1, g.Key.Item2, [.. g.Select(c => new DossierClaim(
                c.Id, c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated", c.Cue ?? "—", c.Passage, c.Status ?? NoStatus,
                NotReviewed, Notes(c.SourceId, c.Id, c.Passage, c.ClusterId)))]))
            .ToList();
        var contestedItems = evidence is null ? [] : set.Events.Select(e => (e.ClusterId, Summary: $"{e.When ?? "undated"} · {Actors(e)}: {CameoCodes.RootName(e.Root)}"))
            .Concat(set.Claims.Select(c => (c.ClusterId, Summary: $"{c.Speaker?.Label ?? c.Speaker?.Name ?? c.SpeakerKind}: “{c.Passage}”")))
            .Where(x => x.ClusterId is not null).DistinctBy(x => x.ClusterId)
            .Select(x => evidence.Contested(notes, x.ClusterId, x.Summary)).OfType<ContestedItem>().ToList();

        var typed = set.Events.Select(e => (Month: Month(e.When), Type: CameoCodes.RootName(e.Root), Event: e)).ToList();
        var places = set.Events.Where(e => e.Place is { Lat: not null, Lon: not null })
            .GroupBy(e => PlaceOf(e)!)
            .Select(g => new MapPoint(g.Key, g.First().Place!.Lat!.Value, g.First().Place!.Lon!.Value, g.Count()))
            .ToList();
        var actors = Count(set.Events.Select(e => e.Actor.Label ?? e.Actor.Name).Concat(set.Events.Where(e => e.Target is not null).Select(e => e.Target!.Label ?? e.Target!.Name)));
        return new DossierModel(
            title, now.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), set.Filter.Describe(),
            set.Events.Count, set.Claims.Count, set.Sources.Count, contestedItems.Count,
            Count(typed.Select(t => t.Month ?? "undated")).OrderBy(c => c.Label, StringComparer.Ordinal).ToList(),
            Count(typed.Select(t => t.Type)), actors, Count(set.Events.Select(e => PlaceOf(e) ?? "no place given")),
            Count(set.Events.Select(e => e.Status ?? NoStatus).Concat(set.Claims.Select(c => c.Status ?? NoStatus))),
            events, groups, contestedItems, notes.All, Annex(set),
            EventsPerMonthChart.Render([.. typed.Where(t => t.Month is not null).GroupBy(t => (t.Month!, t.Type)).Select(g => new ChartBar(g.Key.Item1, g.Key.Type, g.Count()))]),
            RankedBarChart.Render([.. actors.Select(a => (a.Label, a.Count))]),
            EventMap.Render(places), set.Events.Count(e => e.Place?.Lat is null), css);
    }

    private static string Actors(ExportedEvent e) => (e.Actor.Label ?? e.Actor.Name) + (e.Target is { } t ? " → " + (t.Label ?? t.Name) : "");

    private static string? PlaceOf(ExportedEvent e) => e.Place is { } p ? p.Label ?? p.Name : null;

    private static string? Month(string? when) => when is { Length: >= 7 } && char.IsAsciiDigit(when[5]) ? when[..7] : null;

    private static List<DossierCount> Count(IEnumerable<string> labels) =>
        [.. labels.GroupBy(l => l, StringComparer.Ordinal).Select(g => new DossierCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal)];

    private static List<AnnexSource> Annex(ExportSet set) =>
    [
        .. set.Sources.OrderBy(s => s.Metadata.Published).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => new AnnexSource(
            s.Id, s.Metadata.Title, s.Metadata.Outlet, s.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            s.Metadata.CanonicalUrl ?? s.Metadata.Url, s.Metadata.Origin, s.Sha256, s.Size, s.Metadata.Language)),
    ];
}
