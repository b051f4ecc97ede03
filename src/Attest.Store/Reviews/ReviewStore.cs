using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attest.Core.Audit;
using Attest.Core.Extraction;
using Attest.Store.Audit;
using Attest.Store.Providers;

namespace Attest.Store.Reviews;

/// <summary>
/// Human decisions on extracted claims and events. A decision rewrites the item in the source's extraction (whole JSON and
/// listing row) in one audited transaction, and is kept so that re-extraction can put it back (<see cref="Reapply"/>).
/// </summary>
public sealed class ReviewStore(IStoreProvider provider, AuditLog audit)
{
    private const string ReviewColumns = "source_id, kind, item_id, decision, item_json, reviewer, reason, reviewed_at";

    public ItemReview? Get(string sourceId, string kind, string itemId)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ReviewColumns} FROM reviews WHERE source_id = @s AND kind = @k AND item_id = @i";
        command.AddParameter("s", sourceId).AddParameter("k", kind).AddParameter("i", itemId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadReview(reader) : null;
    }

    /// <summary>The decision on every reviewed item of a kind, keyed by <c>SOURCEID/ITEMID</c>, for marking items in lists.</summary>
    public IReadOnlyDictionary<string, string> Decisions(string kind)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source_id, item_id, decision FROM reviews WHERE kind = @k";
        command.AddParameter("k", kind);
        using var reader = command.ExecuteReader();
        var decisions = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            decisions[ItemReview.ItemSubject(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
        }

        return decisions;
    }

    public IReadOnlyList<ItemReview> ForSource(string sourceId)
    {
        using var connection = provider.OpenConnection();
        return ForSource(connection, null, sourceId);
    }

    /// <summary>Records a decision on a claim; <paramref name="claim"/> is the claim as it stands after review.</summary>
    public ItemReview Review(string sourceId, ClaimRecord claim, string decision, string reviewer, string reason) =>
        Record(sourceId, ItemReview.Claim, claim.Id, ReviewJson.Serialize(claim), decision, reviewer, reason);

    /// <summary>Records a decision on an event; <paramref name="item"/> is the event as it stands after review.</summary>
    public ItemReview Review(string sourceId, EventRecord item, string decision, string reviewer, string reason) =>
        Record(sourceId, ItemReview.Event, item.Id, ReviewJson.Serialize(item), decision, reviewer, reason);

    /// <summary>Puts every reviewed item of a source back after its extraction was replaced; returns how many.</summary>
    public int Reapply(string sourceId)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        var reviews = ForSource(connection, transaction, sourceId);
        foreach (var review in reviews)
        {
            Apply(transaction, review.SourceId, review.Kind, review.ItemJson);
        }

        transaction.Commit();
        return reviews.Count;
    }

    /// <summary>
    /// Items of one kind, oldest report first, one page at a time: the unreviewed ones, or with <paramref name="decision"/> those
    /// reviewed so (confirmed, corrected, rejected), to look again at what was decided.
    /// </summary>
    public IReadOnlyList<QueueItem> Queue(string kind, int limit, int offset, string? decision = null)
    {
        var state = decision is null ? "r.item_id IS NULL" : "r.decision = @decision";
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = kind == ItemReview.Claim
            ? "SELECT c.source_id, c.claim_id, c.text, c.speaker_kind, c.speaker_name, s.title, s.published, s.outlet, r.decision " +
              "FROM extracted_claims c JOIN sources s ON s.id = c.source_id " +
              "LEFT JOIN reviews r ON r.source_id = c.source_id AND r.kind = 'claim' AND r.item_id = c.claim_id " +
              $"WHERE {state} ORDER BY s.published, c.source_id, c.start_offset LIMIT @limit OFFSET @offset"
            : "SELECT e.source_id, e.event_id, e.text, e.cameo, e.actor_name || coalesce(' → ' || e.target_name, ''), s.title, s.published, s.outlet, r.decision " +
              "FROM extracted_events e JOIN sources s ON s.id = e.source_id " +
              "LEFT JOIN reviews r ON r.source_id = e.source_id AND r.kind = 'event' AND r.item_id = e.event_id " +
              $"WHERE {state} ORDER BY s.published, e.source_id, e.start_offset LIMIT @limit OFFSET @offset";
        command.AddParameter("limit", limit).AddParameter("offset", offset);
        if (decision is not null)
        {
            command.AddParameter("decision", decision);
        }

        using var reader = command.ExecuteReader();
        var items = new List<QueueItem>();
        while (reader.Read())
        {
            var summary = kind == ItemReview.Claim
                ? (reader.IsDBNull(4) ? reader.GetString(3) : $"{reader.GetString(4)} ({reader.GetString(3)})")
                : $"{reader.GetString(4)} · CAMEO {reader.GetString(3)}";
            items.Add(new QueueItem(
                reader.GetString(0), kind, reader.GetString(1), reader.GetString(2), summary,
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return items;
    }

    /// <summary>How many items of a kind still wait for review (or, with <paramref name="decision"/>, were reviewed so).</summary>
    public int QueueLength(string kind, string? decision = null)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        var (table, id) = kind == ItemReview.Claim ? ("extracted_claims", "claim_id") : ("extracted_events", "event_id");
        command.CommandText =
            $"SELECT count(*) FROM {table} x LEFT JOIN reviews r ON r.source_id = x.source_id AND r.kind = @k AND r.item_id = x.{id} " +
            (decision is null ? "WHERE r.item_id IS NULL" : "WHERE r.decision = @decision");
        command.AddParameter("k", kind);
        if (decision is not null)
        {
            command.AddParameter("decision", decision);
        }

        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private ItemReview Record(string sourceId, string kind, string itemId, string itemJson, string decision, string reviewer, string reason)
    {
        if (decision is not (ItemReview.Confirmed or ItemReview.Corrected or ItemReview.Rejected))
        {
            throw new ArgumentException($"decision '{decision}' is not confirmed, corrected or rejected", nameof(decision));
        }

        if (decision != ItemReview.Confirmed && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("a correction or rejection needs a reason", nameof(reason));
        }

        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        var before = Apply(transaction, sourceId, kind, itemJson)
            ?? throw new KeyNotFoundException($"{kind} {ItemReview.ItemSubject(sourceId, itemId)} is not in the workspace");
        var at = AuditChain.Truncate(DateTimeOffset.UtcNow);
        Execute(transaction, "DELETE FROM reviews WHERE source_id = @s AND kind = @k AND item_id = @i",
            c => c.AddParameter("s", sourceId).AddParameter("k", kind).AddParameter("i", itemId));
        Execute(transaction, $"INSERT INTO reviews ({ReviewColumns}) VALUES (@s, @k, @i, @d, @json, @who, @why, @at)", c => c
            .AddParameter("s", sourceId).AddParameter("k", kind).AddParameter("i", itemId).AddParameter("d", decision)
            .AddParameter("json", itemJson).AddParameter("who", reviewer).AddParameter("why", reason.Trim()).AddParameter("at", at));
        var details = new StringBuilder("reason=").Append(reason.Trim());
        var changes = ReviewChanges.Describe(kind, before, itemJson);
        if (changes.Length > 0)
        {
            details.Append("; ").Append(changes);
        }

        audit.Append(transaction, reviewer, $"review.{kind}.{decision}", ItemReview.ItemSubject(sourceId, itemId), details.ToString(),
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(itemJson))));
        transaction.Commit();
        return new ItemReview(sourceId, kind, itemId, decision, itemJson, reviewer, reason.Trim(), at);
    }

    /// <summary>Writes the item into the source's extraction and listing rows; returns the item's JSON before, or null when the extraction had no such item.</summary>
    private static string? Apply(DbTransaction transaction, string sourceId, string kind, string itemJson)
    {
        string? json = null;
        string? text = null;
        using (var read = transaction.Connection!.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT x.json, s.text FROM extractions x JOIN sources s ON s.id = x.source_id WHERE x.source_id = @s";
            read.AddParameter("s", sourceId);
            using var reader = read.ExecuteReader();
            if (reader.Read())
            {
                json = reader.GetString(0);
                text = reader.GetString(1);
            }
        }

        if (json is null || text is null || ExtractionJson.Deserialize(json) is not { } extraction)
        {
            throw new KeyNotFoundException($"source {sourceId} has no extraction");
        }

        string? before;
        ExtractionResult updated;
        if (kind == ItemReview.Claim)
        {
            var claim = ReviewJson.Claim(itemJson);
            // The machine may have renumbered items since the review: the same id, else the same span, is the reviewed item.
            var old = extraction.Claims.FirstOrDefault(c => c.Id == claim.Id) ?? extraction.Claims.FirstOrDefault(c => c.Start == claim.Start && c.End == claim.End);
            before = old is null ? null : ReviewJson.Serialize(old);
            updated = extraction with { Claims = [.. extraction.Claims.Where(c => c != old && c.Id != claim.Id), claim] };
            Execute(transaction, "DELETE FROM extracted_claims WHERE source_id = @s AND (claim_id = @id OR claim_id = @old)",
                c => c.AddParameter("s", sourceId).AddParameter("id", claim.Id).AddParameter("old", old?.Id ?? claim.Id));
            Execute(transaction,
                "INSERT INTO extracted_claims (source_id, claim_id, start_offset, end_offset, text, direct, cue, speaker_kind, speaker_name, speaker_entity, via) " +
                "VALUES (@s, @id, @start, @end, @text, @direct, @cue, @kind, @name, @entity, @via)",
                x => x.AddParameter("s", sourceId).AddParameter("id", claim.Id).AddParameter("start", claim.Start).AddParameter("end", claim.End)
                    .AddParameter("text", claim.Text).AddParameter("direct", claim.Direct).AddParameter("cue", claim.Cue)
                    .AddParameter("kind", claim.Speaker.Kind).AddParameter("name", claim.Speaker.Name).AddParameter("entity", claim.Speaker.Entity)
                    .AddParameter("via", claim.Via));
        }
        else
        {
            var v = ReviewJson.Event(itemJson);
            var old = extraction.Events.FirstOrDefault(e => e.Id == v.Id) ?? extraction.Events.FirstOrDefault(e => e.Start == v.Start && e.End == v.End);
            before = old is null ? null : ReviewJson.Serialize(old);
            updated = extraction with { Events = [.. extraction.Events.Where(e => e != old && e.Id != v.Id), v] };
            Execute(transaction, "DELETE FROM extracted_events WHERE source_id = @s AND (event_id = @id OR event_id = @old)",
                c => c.AddParameter("s", sourceId).AddParameter("id", v.Id).AddParameter("old", old?.Id ?? v.Id));
            Execute(transaction,
                "INSERT INTO extracted_events (source_id, event_id, start_offset, end_offset, text, cameo, root, actor_name, actor_country, target_name, " +
                "target_country, location, date_value, claim_id, negated, hypothetical) VALUES (@s, @id, @start, @end, @text, @cameo, @root, @actor, " +
                "@actorCountry, @target, @targetCountry, @location, @date, @claim, @negated, @hypothetical)",
                x => x.AddParameter("s", sourceId).AddParameter("id", v.Id).AddParameter("start", v.Start).AddParameter("end", v.End)
                    .AddParameter("text", 0 <= v.Start && v.Start < v.End && v.End <= text.Length ? text[v.Start..v.End] : string.Empty)
                    .AddParameter("cameo", v.Cameo).AddParameter("root", v.Root).AddParameter("actor", v.Source.Name)
                    .AddParameter("actorCountry", v.Source.Country).AddParameter("target", v.Target?.Name).AddParameter("targetCountry", v.Target?.Country)
                    .AddParameter("location", v.Location?.Name).AddParameter("date", v.Date?.Value).AddParameter("claim", v.Claim)
                    .AddParameter("negated", v.Negated).AddParameter("hypothetical", v.Hypothetical));
        }

        // A reviewed item the machine no longer finds is kept all the same: the person's decision outranks the pipeline.
        Execute(transaction, "UPDATE extractions SET json = @json WHERE source_id = @s",
            c => c.AddParameter("s", sourceId).AddParameter("json", ExtractionJson.Serialize(updated, indented: false)));
        return before;
    }

    private static List<ItemReview> ForSource(DbConnection connection, DbTransaction? transaction, string sourceId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {ReviewColumns} FROM reviews WHERE source_id = @s ORDER BY kind, item_id";
        command.AddParameter("s", sourceId);
        using var reader = command.ExecuteReader();
        var reviews = new List<ItemReview>();
        while (reader.Read())
        {
            reviews.Add(ReadReview(reader));
        }

        return reviews;
    }

    private static ItemReview ReadReview(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
        r.GetFieldValue<DateTimeOffset>(7));

    private static void Execute(DbTransaction transaction, string sql, Action<DbCommand> bind)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command);
        command.ExecuteNonQuery();
    }
}
