using System.Globalization;
using Attest.Core.Extraction;
using Attest.Core.Knowledge;
using Attest.Store;
using Attest.Store.Extractions;
using Attest.Store.Search;
using Attest.Store.Sources;

namespace Attest.Reports.Model;

/// <summary>Builds the export model from the store: sources, events and claims with their links, places and statuses, filtered once for every format.</summary>
/// <param name="originals">Reads a source's original bytes by SHA-256 (the blob store); given only for formats that carry them (JSON Lines).</param>
public sealed class ExportBuilder(AttestStore store, Func<string, byte[]?>? originals = null)
{
    private const int Everything = int.MaxValue;

    public ExportSet Build(ExportFilter filter)
    {
        var summaries = store.Sources.List().OrderBy(s => s.AddedAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var matching = filter.Query is { Length: > 0 } query
            ? store.Search.Find(new SearchQuery(query, Limit: Everything)).Select(h => h.SourceId).ToHashSet(StringComparer.Ordinal)
            : null;
        var extractions = summaries.ToDictionary(s => s.Id, s => store.Extractions.Get(s.Id), StringComparer.Ordinal);
        var links = SourceLinks.Read(store.Provider);
        var records = store.Knowledge.ActiveRecords().ToDictionary(r => r.Id, StringComparer.Ordinal);
        var bySource = summaries.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var context = new ItemContext(bySource, extractions, links, records);

        var events = store.Extractions.Events(new ItemFilter(Cameo: filter.EventType, From: filter.From, To: filter.To, Limit: Everything))
            .Where(e => matching is null || matching.Contains(e.SourceId))
            .Select(context.Event)
            .Where(e => Matches(filter.Actor, e.Actor) || (e.Target is { } t && Matches(filter.Actor, t)))
            .Where(e => filter.Place is not { Length: > 0 } place || e.Place is { } p && Contains(place, p.Name, p.Label, p.Record, p.Country))
            .Where(e => filter.Status is not { Length: > 0 } status || string.Equals(e.Status, status.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.When, StringComparer.Ordinal).ThenBy(e => e.SourceId, StringComparer.Ordinal).ThenBy(e => e.Start)
            .ToList();

        // A place or an event type narrows claims to those that report such an event: a claim has neither of its own.
        var reporting = filter.Place is { Length: > 0 } || filter.EventType is { Length: > 0 }
            ? events.Where(e => e.Claim is not null).Select(e => $"{e.SourceId}/{e.Claim}").ToHashSet(StringComparer.Ordinal)
            : null;
        var claims = store.Extractions.Claims(new ItemFilter(From: filter.From, To: filter.To, Limit: Everything))
            .Where(c => matching is null || matching.Contains(c.SourceId))
            .Select(context.Claim)
            .Where(c => reporting is null || reporting.Contains(c.Id))
            .Where(c => filter.Actor is not { Length: > 0 } || c.Speaker is { } s && Matches(filter.Actor, s))
            .Where(c => filter.Status is not { Length: > 0 } status || string.Equals(c.Status, status.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Published).ThenBy(c => c.SourceId, StringComparer.Ordinal).ThenBy(c => c.Start)
            .ToList();

        var itemFilters = filter.Actor is { Length: > 0 } || filter.Place is { Length: > 0 } || filter.EventType is { Length: > 0 } || filter.Status is { Length: > 0 };
        var cited = events.Select(e => e.SourceId).Concat(claims.Select(c => c.SourceId)).ToHashSet(StringComparer.Ordinal);
        var sources = summaries
            .Where(s => cited.Contains(s.Id) || !itemFilters && (matching is null || matching.Contains(s.Id)) && InRange(s.Metadata.Published, filter))
            .Select(s => Source(s, extractions[s.Id], filter))
            .ToList();
        var included = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var exportedLinks = links.Values.SelectMany(l => l).Where(l => included.Contains(l.SourceId))
            .OrderBy(l => l.SourceId, StringComparer.Ordinal).ThenBy(l => l.EntityId, StringComparer.Ordinal).ToList();
        var exportedRecords = exportedLinks.Select(l => l.Record).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(records.ContainsKey).Select(id => new ExportedRecord(records[id])).ToList();
        var countries = records.Values.Where(r => r.Id.StartsWith("country:", StringComparison.Ordinal))
            .ToDictionary(r => r.Id["country:".Length..], r => r.Label, StringComparer.Ordinal);
        return new ExportSet(filter, sources, events, claims, exportedLinks, exportedRecords)
        {
            CountryLabels = countries,
            AddedAt = summaries.ToDictionary(s => s.Id, s => s.AddedAt, StringComparer.Ordinal),
        };
    }

    private ExportedSource Source(SourceSummary s, ExtractionResult? extraction, ExportFilter filter)
    {
        var metadata = s.Metadata with { Origin = Sensitivity.SourceOrigin(s.Metadata.Origin, filter.IncludeSensitive) };
        var text = store.Sources.Get(s.Id)?.Text ?? string.Empty;
        var content = originals?.Invoke(s.Sha256) is { } bytes ? Convert.ToBase64String(bytes) : null;
        return new ExportedSource(s.Id, s.Sha256, s.Size, s.CopyOrigin, metadata, text, content, originals is null ? null : extraction);
    }

    private static bool InRange(DateOnly? published, ExportFilter filter) =>
        (filter.From is null || published >= filter.From) && (filter.To is null || published <= filter.To);

    private static bool Matches(string? wanted, ExportedActor actor) =>
        wanted is not { Length: > 0 } || Contains(wanted, actor.Name, actor.Label, actor.Record)
        || string.Equals(actor.Country, wanted.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string wanted, params string?[] values) =>
        values.Any(v => v is not null && v.Contains(wanted.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>What turning a listing into an exported item needs: its source, extraction, links and the records they point to.</summary>
    private sealed record ItemContext(
        IReadOnlyDictionary<string, SourceSummary> Sources, IReadOnlyDictionary<string, ExtractionResult?> Extractions,
        IReadOnlyDictionary<string, IReadOnlyList<ExportedLink>> Links, IReadOnlyDictionary<string, KnowledgeRecord> Records)
    {
        public ExportedEvent Event(EventListing e)
        {
            var source = Sources[e.SourceId];
            var record = Extractions[e.SourceId]?.Events.FirstOrDefault(v => v.Id == e.EventId);
            var actor = Actor(e.SourceId, e.Actor, record?.Source.Entity, e.ActorCountry);
            var target = e.Target is null ? null : Actor(e.SourceId, e.Target, record?.Target?.Entity, e.TargetCountry);
            return new ExportedEvent(
                $"{e.SourceId}/{e.EventId}", e.SourceId, source.Sha256, e.Published, source.Metadata.Outlet, Url(source), e.Cameo, e.Root,
                actor, target, e.Location is null ? null : Place(e.SourceId, e.Location, record?.Location?.Entity), e.Date, e.Text, e.Start, e.End,
                e.ClaimId, e.Negated, e.Hypothetical, Corroboration.ClusterOf(e), Corroboration.StatusOf(e));
        }

        public ExportedClaim Claim(ClaimListing c)
        {
            var source = Sources[c.SourceId];
            var speaker = c.SpeakerName is null ? null : Actor(c.SourceId, c.SpeakerName, c.SpeakerEntity, null);
            return new ExportedClaim(
                $"{c.SourceId}/{c.ClaimId}", c.SourceId, source.Sha256, c.Published, source.Metadata.Outlet, Url(source), c.SpeakerKind, speaker,
                c.Cue, c.Direct, c.Text, c.Start, c.End, c.Via, Corroboration.ClusterOf(c), Corroboration.StatusOf(c));
        }

        private ExportedActor Actor(string sourceId, string name, string? entity, string? country)
        {
            var record = RecordOf(sourceId, entity);
            return new ExportedActor(name, country ?? record?.Country, record?.Id, record?.Label);
        }

        private ExportedPlace Place(string sourceId, string name, string? entity)
        {
            var record = RecordOf(sourceId, entity);
            var geo = entity is null ? null : Extractions[sourceId]?.Entities.FirstOrDefault(x => x.Id == entity)?.Geo;
            var lat = geo?.Lat ?? record?.Lat;
            var lon = geo?.Lon ?? record?.Lon;
            return new ExportedPlace(name, record?.Id, record?.Label, record?.Country, lat, lon);
        }

        private KnowledgeRecord? RecordOf(string sourceId, string? entity) =>
            entity is not null && Links.TryGetValue(sourceId, out var links) && links.FirstOrDefault(l => l.EntityId == entity) is { } link
                ? Records.GetValueOrDefault(link.Record)
                : null;

        private static string? Url(SourceSummary s) => s.Metadata.CanonicalUrl ?? s.Metadata.Url
            ?? (s.Metadata.Origin.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? s.Metadata.Origin : null);
    }
}
