using System.Data.Common;
using System.Globalization;
using System.Text;
using Attest.Core.Audit;
using Attest.Core.Extraction;
using Attest.Store.Providers;

namespace Attest.Store.Extractions;

/// <summary>Keeps each source's extraction whole (the contract's JSON) and item by item, for listing across sources.</summary>
public sealed class ExtractionStore(IStoreProvider provider, Audit.AuditLog audit)
{
    // Aliases are kept in one column; the unit separator cannot occur in a name.
    private const char AliasSeparator = '\u001F';

    public ExtractionResult? Get(string sourceId)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM extractions WHERE source_id = @id";
        command.AddParameter("id", sourceId);
        return command.ExecuteScalar() is string json ? ExtractionJson.Deserialize(json) : null;
    }

    public IReadOnlyList<ClaimListing> Claims(ItemFilter filter)
    {
        var sql = new StringBuilder(
            "SELECT c.source_id, s.origin, s.published, c.claim_id, c.start_offset, c.end_offset, c.text, c.direct, c.cue, " +
            "c.speaker_kind, c.speaker_name, c.speaker_entity, c.via, ci.cluster_id, k.status FROM extracted_claims c JOIN sources s ON s.id = c.source_id " +
            "LEFT JOIN cluster_items ci ON ci.source_id = c.source_id AND ci.item_id = c.claim_id LEFT JOIN clusters k ON k.id = ci.cluster_id WHERE 1 = 1");
        return Query(sql, filter, "c", "c.start_offset", (command, f) =>
        {
            if (f.Speaker is { Length: > 0 } speaker)
            {
                sql.Append(" AND (lower(coalesce(c.speaker_name, '')) LIKE @speaker OR c.speaker_kind = @speakerKind)");
                command.AddParameter("speaker", Like(speaker)).AddParameter("speakerKind", speaker.Trim().ToLowerInvariant());
            }

            if (f.Entity is { Length: > 0 } entity)
            {
                sql.Append(" AND lower(coalesce(c.speaker_name, '')) LIKE @entity");
                command.AddParameter("entity", Like(entity));
            }

            AppendPublished(sql, command, f);
        }, r => new ClaimListing(
            r.GetString(0), r.GetString(1), DateOrNull(r, 2), r.GetString(3), r.GetInt32(4), r.GetInt32(5), r.GetString(6), r.GetBoolean(7),
            StringOrNull(r, 8), r.GetString(9), StringOrNull(r, 10), StringOrNull(r, 11), StringOrNull(r, 12), StringOrNull(r, 13), StringOrNull(r, 14)));
    }

    public IReadOnlyList<EventListing> Events(ItemFilter filter)
    {
        var sql = new StringBuilder(
            "SELECT e.source_id, s.origin, s.published, e.event_id, e.start_offset, e.end_offset, e.text, e.cameo, e.root, e.actor_name, " +
            "e.actor_country, e.target_name, e.target_country, e.location, e.date_value, e.claim_id, e.negated, e.hypothetical, ci.cluster_id, k.status " +
            "FROM extracted_events e JOIN sources s ON s.id = e.source_id " +
            "LEFT JOIN cluster_items ci ON ci.source_id = e.source_id AND ci.item_id = e.event_id LEFT JOIN clusters k ON k.id = ci.cluster_id WHERE 1 = 1");
        return Query(sql, filter, "e", "e.start_offset", (command, f) =>
        {
            if (f.Cameo is { Length: > 0 } cameo)
            {
                sql.Append(" AND e.cameo LIKE @cameo");
                command.AddParameter("cameo", cameo.Trim() + "%");
            }

            if ((f.Entity ?? f.Speaker) is { Length: > 0 } entity)
            {
                sql.Append(" AND (lower(e.actor_name) LIKE @entity OR lower(coalesce(e.target_name, '')) LIKE @entity OR e.actor_country = @code OR e.target_country = @code)");
                command.AddParameter("entity", Like(entity)).AddParameter("code", entity.Trim().ToUpperInvariant());
            }

            // An event's own date decides when it has one; otherwise the report's publication date stands in.
            if (f.From is { } from)
            {
                sql.Append(" AND (e.date_value >= @fromText OR (e.date_value IS NULL AND s.published >= @from))");
                command.AddParameter("fromText", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).AddParameter("from", from);
            }

            if (f.To is { } to)
            {
                sql.Append(" AND (e.date_value <= @toText OR (e.date_value IS NULL AND s.published <= @to))");
                command.AddParameter("toText", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).AddParameter("to", to);
            }
        }, r => new EventListing(
            r.GetString(0), r.GetString(1), DateOrNull(r, 2), r.GetString(3), r.GetInt32(4), r.GetInt32(5), r.GetString(6), r.GetString(7),
            r.GetString(8), r.GetString(9), StringOrNull(r, 10), StringOrNull(r, 11), StringOrNull(r, 12), StringOrNull(r, 13),
            StringOrNull(r, 14), StringOrNull(r, 15), r.GetBoolean(16), r.GetBoolean(17), StringOrNull(r, 18), StringOrNull(r, 19)));
    }

    public IReadOnlyList<EntityListing> Entities(ItemFilter filter)
    {
        var sql = new StringBuilder(
            "SELECT n.source_id, s.origin, n.entity_id, n.type, n.name, n.aliases, n.country, n.mentions " +
            "FROM extracted_entities n JOIN sources s ON s.id = n.source_id WHERE 1 = 1");
        return Query(sql, filter, "n", "n.name", (command, f) =>
        {
            if (f.Entity is { Length: > 0 } entity)
            {
                sql.Append(" AND (lower(n.name) LIKE @entity OR lower(n.aliases) LIKE @entity)");
                command.AddParameter("entity", Like(entity));
            }

            AppendPublished(sql, command, f);
        }, r => new EntityListing(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
            r.GetString(5).Split(AliasSeparator, StringSplitOptions.RemoveEmptyEntries), StringOrNull(r, 6), r.GetInt32(7)));
    }

    /// <summary>Replaces a source's extraction (after the pipeline improved), in one audited transaction.</summary>
    public void Replace(string sourceId, ExtractionResult result, string text, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        foreach (var table in new[] { "extracted_entities", "extracted_claims", "extracted_events", "extractions" })
        {
            Execute(transaction, $"DELETE FROM {table} WHERE source_id = @id", c => c.AddParameter("id", sourceId));
        }

        Write(transaction, sourceId, result, text);
        var json = ExtractionJson.Serialize(result, indented: false);
        audit.Append(transaction, actor, "source.reextract", sourceId,
            $"entities={result.Entities.Count}; claims={result.Claims.Count}; events={result.Events.Count}",
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json))));
        transaction.Commit();
    }

    internal static void Write(DbTransaction transaction, string sourceId, ExtractionResult result, string text)
    {
        Execute(transaction, "INSERT INTO extractions (source_id, schema, json, extracted_at) VALUES (@id, @schema, @json, @at)", c => c
            .AddParameter("id", sourceId).AddParameter("schema", result.Schema)
            .AddParameter("json", ExtractionJson.Serialize(result, indented: false)).AddParameter("at", AuditChain.Truncate(DateTimeOffset.UtcNow)));

        foreach (var e in result.Entities)
        {
            Execute(transaction,
                "INSERT INTO extracted_entities (source_id, entity_id, type, name, aliases, country, mentions) VALUES (@s, @id, @type, @name, @aliases, @country, @mentions)",
                c => c.AddParameter("s", sourceId).AddParameter("id", e.Id).AddParameter("type", e.Type).AddParameter("name", e.Name)
                    .AddParameter("aliases", string.Join(AliasSeparator, e.Aliases)).AddParameter("country", e.Country).AddParameter("mentions", e.Mentions.Count));
        }

        foreach (var c in result.Claims)
        {
            Execute(transaction,
                "INSERT INTO extracted_claims (source_id, claim_id, start_offset, end_offset, text, direct, cue, speaker_kind, speaker_name, speaker_entity, via) " +
                "VALUES (@s, @id, @start, @end, @text, @direct, @cue, @kind, @name, @entity, @via)",
                x => x.AddParameter("s", sourceId).AddParameter("id", c.Id).AddParameter("start", c.Start).AddParameter("end", c.End)
                    .AddParameter("text", c.Text).AddParameter("direct", c.Direct).AddParameter("cue", c.Cue).AddParameter("kind", c.Speaker.Kind)
                    .AddParameter("name", c.Speaker.Name).AddParameter("entity", c.Speaker.Entity).AddParameter("via", c.Via));
        }

        foreach (var v in result.Events)
        {
            Execute(transaction,
                "INSERT INTO extracted_events (source_id, event_id, start_offset, end_offset, text, cameo, root, actor_name, actor_country, target_name, " +
                "target_country, location, date_value, claim_id, negated, hypothetical) VALUES (@s, @id, @start, @end, @text, @cameo, @root, @actor, " +
                "@actorCountry, @target, @targetCountry, @location, @date, @claim, @negated, @hypothetical)",
                x => x.AddParameter("s", sourceId).AddParameter("id", v.Id).AddParameter("start", v.Start).AddParameter("end", v.End)
                    .AddParameter("text", Slice(text, v.Start, v.End)).AddParameter("cameo", v.Cameo)
                    .AddParameter("root", v.Root).AddParameter("actor", v.Source.Name).AddParameter("actorCountry", v.Source.Country)
                    .AddParameter("target", v.Target?.Name).AddParameter("targetCountry", v.Target?.Country).AddParameter("location", v.Location?.Name)
                    .AddParameter("date", v.Date?.Value).AddParameter("claim", v.Claim).AddParameter("negated", v.Negated)
                    .AddParameter("hypothetical", v.Hypothetical));
        }

    }

    // Events carry offsets only; the listing keeps the words they cover so it reads without the source open.
    private static string Slice(string text, int start, int end) =>
        0 <= start && start < end && end <= text.Length ? text[start..end] : string.Empty;

    private IReadOnlyList<T> Query<T>(StringBuilder sql, ItemFilter filter, string alias, string order, Action<DbCommand, ItemFilter> addFilters, Func<DbDataReader, T> read)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        if (filter.Source is { Length: > 0 } source)
        {
            sql.Append($" AND {alias}.source_id LIKE @source");
            command.AddParameter("source", source.Trim().ToLowerInvariant() + "%");
        }

        addFilters(command, filter);

        // Entities have no cluster; for them a status filter cannot match and is ignored by the caller.
        if (filter.Status is { Length: > 0 } status && alias != "n")
        {
            sql.Append(" AND k.status = @status");
            command.AddParameter("status", status.Trim().ToLowerInvariant());
        }

        sql.Append($" ORDER BY s.published, {alias}.source_id, {order} LIMIT @limit OFFSET @offset");
        command.AddParameter("limit", filter.Limit).AddParameter("offset", filter.Offset);
        command.CommandText = sql.ToString();
        var items = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            items.Add(read(reader));
        }

        return items;
    }

    private static void AppendPublished(StringBuilder sql, DbCommand command, ItemFilter filter)
    {
        if (filter.From is { } from)
        {
            sql.Append(" AND s.published >= @from");
            command.AddParameter("from", from);
        }

        if (filter.To is { } to)
        {
            sql.Append(" AND s.published <= @to");
            command.AddParameter("to", to);
        }
    }

    private static void Execute(DbTransaction transaction, string sql, Action<DbCommand> bind)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command);
        command.ExecuteNonQuery();
    }

    private static string Like(string value) => "%" + value.Trim().ToLowerInvariant() + "%";

    private static string? StringOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? DateOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
