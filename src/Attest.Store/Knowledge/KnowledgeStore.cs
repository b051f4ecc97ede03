using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attest.Core.Knowledge;
using Attest.Store.Audit;
using Attest.Store.Providers;

namespace Attest.Store.Knowledge;

/// <summary>The knowledge base in the store: records, names, roles, links from extracted entities, and human corrections.</summary>
public sealed class KnowledgeStore(IStoreProvider provider, AuditLog audit)
{
    private const char ListSeparator = '\u001F';

    public int CountRecords()
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM kb_records WHERE merged_into IS NULL";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Adds records that are new and the names and roles existing ones lack (a shipped pack or an imported file); removes nothing.</summary>
    public int SeedPack(IEnumerable<KnowledgeRecord> records, string actor, string action = "knowledge.seed")
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        var existing = ReadIds(transaction);
        var added = 0;
        var digest = new StringBuilder();
        foreach (var record in records)
        {
            digest.Append(record.Id).Append(';');
            if (existing.Add(record.Id))
            {
                InsertRecord(transaction, record);
                added++;
            }
            else
            {
                AddNamesAndRoles(transaction, record.Id, record.Names, record.Roles);
            }
        }

        if (added > 0 || action != "knowledge.seed")
        {
            audit.Append(transaction, actor, action, "knowledge", $"records added={added}", Hash(digest.ToString()));
        }

        transaction.Commit();
        return added;
    }

    /// <summary>Every record that has not been merged into another, with names and roles: what linking matches against.</summary>
    public IReadOnlyList<KnowledgeRecord> ActiveRecords()
    {
        using var connection = provider.OpenConnection();
        return ReadRecords(connection, "WHERE r.merged_into IS NULL", _ => { });
    }

    /// <summary>The record with this id (following merges), else the records bearing this name, else those with it as part of a name.</summary>
    public IReadOnlyList<KnowledgeRecord> Find(string idOrName)
    {
        using var connection = provider.OpenConnection();
        var byId = ReadRecords(connection, "WHERE r.id = @id", c => c.AddParameter("id", FollowMerges(connection, idOrName)));
        if (byId.Count > 0)
        {
            return byId;
        }

        var key = NameKey.Normalize(idOrName);
        var exact = ReadRecords(connection,
            "WHERE r.merged_into IS NULL AND r.id IN (SELECT record_id FROM kb_names WHERE normalized = @key)",
            c => c.AddParameter("key", key));
        if (exact.Count > 0 || key.Length == 0)
        {
            return exact;
        }

        // Part of a name, as whole words: "Modi" finds "Narendra Modi", "Guterres" finds "António Guterres".
        return ReadRecords(connection,
            "WHERE r.merged_into IS NULL AND r.id IN (SELECT record_id FROM kb_names WHERE (' ' || normalized || ' ') LIKE @words)",
            c => c.AddParameter("words", "% " + key + " %"));
    }

    /// <summary>The record one entity of one source is linked to (ambiguous links name none), or null.</summary>
    public string? LinkedRecord(string sourceId, string entityId)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT record_id FROM entity_links WHERE source_id = @s AND entity_id = @e AND status <> @ambiguous";
        command.AddParameter("s", sourceId).AddParameter("e", entityId).AddParameter("ambiguous", EntityLink.Ambiguous);
        return command.ExecuteScalar() as string;
    }

    public IReadOnlyList<RecordMention> Mentions(string recordId)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT l.source_id, s.origin, s.title, s.published, l.entity_id, l.entity_name, l.rule, l.matched, l.score, l.status " +
            "FROM entity_links l JOIN sources s ON s.id = l.source_id WHERE l.record_id = @id ORDER BY s.published, l.source_id, l.entity_id";
        command.AddParameter("id", recordId);
        var mentions = new List<RecordMention>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            mentions.Add(new RecordMention(
                reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                reader.GetString(7), Convert.ToDouble(reader.GetValue(8), CultureInfo.InvariantCulture), reader.GetString(9)));
        }

        return mentions;
    }

    /// <summary>Links flagged for review: several records fitted and none could be chosen.</summary>
    public IReadOnlyList<EntityLink> Ambiguous()
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source_id, entity_id, record_id, rule, matched, score, status, alternatives FROM entity_links WHERE status = @status ORDER BY source_id, entity_id";
        command.AddParameter("status", EntityLink.Ambiguous);
        var links = new List<EntityLink>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            links.Add(new EntityLink(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture), reader.GetString(6),
                reader.GetString(7).Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries)));
        }

        return links;
    }

    /// <summary>Replaces the machine links of one source; human decisions (<see cref="LinkManually"/>) are applied over them.</summary>
    /// <param name="mentionSpans">Each entity's mention spans, so a human decision about a span finds its entity again.</param>
    public void SaveLinks(
        string sourceId, IReadOnlyList<(EntityLink Link, string EntityName)> links, IReadOnlyList<KnowledgeRecord> newRecords,
        IReadOnlyDictionary<string, IReadOnlyList<(int Start, int End)>> mentionSpans, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        var existing = ReadIds(transaction);
        foreach (var record in newRecords.Where(r => existing.Add(r.Id)))
        {
            InsertRecord(transaction, record);
        }

        Execute(transaction, "DELETE FROM entity_links WHERE source_id = @s", c => c.AddParameter("s", sourceId));
        var manual = ReadManualLinks(transaction, sourceId);
        var state = new StringBuilder();
        foreach (var (link, name) in links)
        {
            var chosen = link;
            var spans = mentionSpans.TryGetValue(link.EntityId, out var found) ? found : [];
            if (manual.FirstOrDefault(m => spans.Contains((m.Start, m.End))) is { RecordId: not null } decision)
            {
                chosen = link with { RecordId = decision.RecordId, Rule = "manual", Status = EntityLink.Manual, Score = 1, Alternatives = [] };
            }

            chosen = chosen with { RecordId = FollowMerges(transaction, chosen.RecordId) };
            InsertLink(transaction, chosen, name);
            state.Append(chosen.EntityId).Append('=').Append(chosen.RecordId).Append(';');
        }

        audit.Append(transaction, actor, "links.update", sourceId, $"entities linked={links.Count}; new records={newRecords.Count}", Hash(state.ToString()));
        transaction.Commit();
    }

    /// <summary>Merges <paramref name="fromId"/> into <paramref name="intoId"/>: names, roles and links move; the old id redirects.</summary>
    public KnowledgeRecord Merge(string fromId, string intoId, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        var from = FollowMerges(transaction, RequireRecord(transaction, fromId));
        var into = FollowMerges(transaction, RequireRecord(transaction, intoId));
        if (from == into)
        {
            throw new InvalidOperationException($"{fromId} and {intoId} are already one record ({into}).");
        }

        var fromRecord = ReadRecords(transaction.Connection!, "WHERE r.id = @id", c => { c.Transaction = transaction; c.AddParameter("id", from); }).Single();
        AddNamesAndRoles(transaction, into, [.. fromRecord.Names, new RecordName(fromRecord.Label)], fromRecord.Roles);
        Execute(transaction, "UPDATE kb_records SET merged_into = @into WHERE id = @from OR merged_into = @from", c => c.AddParameter("into", into).AddParameter("from", from));
        Execute(transaction, "UPDATE entity_links SET record_id = @into WHERE record_id = @from", c => c.AddParameter("into", into).AddParameter("from", from));
        Execute(transaction, "UPDATE manual_links SET record_id = @into WHERE record_id = @from", c => c.AddParameter("into", into).AddParameter("from", from));
        audit.Append(transaction, actor, "knowledge.merge", into, $"merged {from} into {into}", Hash($"{from}->{into}"));
        transaction.Commit();
        return Find(into).Single();
    }

    public void AddName(string recordId, RecordName name, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        var id = FollowMerges(transaction, RequireRecord(transaction, recordId));
        AddNamesAndRoles(transaction, id, [name], []);
        audit.Append(transaction, actor, "knowledge.alias", id, $"name={name.Name}; used_by={name.UsedBy}; language={name.Language}", Hash(id + name));
        transaction.Commit();
    }

    public void AddRole(string recordId, RecordRole role, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        var id = FollowMerges(transaction, RequireRecord(transaction, recordId));
        AddNamesAndRoles(transaction, id, [], [role]);
        audit.Append(transaction, actor, "knowledge.role", id, $"role={role.Role}; country={role.Country}; from={role.From:yyyy-MM-dd}; to={role.To:yyyy-MM-dd}", Hash(id + role));
        transaction.Commit();
    }

    /// <summary>Creates a record by hand (e.g. to split a mention off a record it was wrongly linked to).</summary>
    public KnowledgeRecord Create(KnowledgeRecord record, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        if (ReadIds(transaction).Contains(record.Id))
        {
            throw new InvalidOperationException($"A record with id {record.Id} already exists.");
        }

        InsertRecord(transaction, record);
        audit.Append(transaction, actor, "knowledge.create", record.Id, $"label={record.Label}; type={record.Type}", Hash(record.Id + record.Label));
        transaction.Commit();
        return record;
    }

    /// <summary>A human decision: this entity of this source is this record. Kept by mention span, so it survives re-extraction.</summary>
    public void LinkManually(string sourceId, string entityId, string entityName, IReadOnlyList<(int Start, int End)> spans, string recordId, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        var id = FollowMerges(transaction, RequireRecord(transaction, recordId));
        foreach (var (start, end) in spans)
        {
            Execute(transaction, "DELETE FROM manual_links WHERE source_id = @s AND mention_start = @a AND mention_end = @b",
                c => c.AddParameter("s", sourceId).AddParameter("a", start).AddParameter("b", end));
            Execute(transaction, "INSERT INTO manual_links (source_id, mention_start, mention_end, record_id) VALUES (@s, @a, @b, @r)",
                c => c.AddParameter("s", sourceId).AddParameter("a", start).AddParameter("b", end).AddParameter("r", id));
        }

        Execute(transaction, "DELETE FROM entity_links WHERE source_id = @s AND entity_id = @e", c => c.AddParameter("s", sourceId).AddParameter("e", entityId));
        InsertLink(transaction, new EntityLink(sourceId, entityId, id, "manual", entityName, 1, EntityLink.Manual, []), entityName);
        audit.Append(transaction, actor, "knowledge.link", $"{sourceId}/{entityId}", $"record={id}; spans={string.Join(',', spans.Select(s => $"{s.Start}-{s.End}"))}", Hash($"{sourceId}/{entityId}->{id}"));
        transaction.Commit();
    }

    private static void InsertRecord(DbTransaction transaction, KnowledgeRecord record)
    {
        Execute(transaction,
            "INSERT INTO kb_records (id, type, label, country, lat, lon, origin) VALUES (@id, @type, @label, @country, @lat, @lon, @origin)",
            c => c.AddParameter("id", record.Id).AddParameter("type", record.Type).AddParameter("label", record.Label)
                .AddParameter("country", record.Country).AddParameter("lat", record.Lat).AddParameter("lon", record.Lon).AddParameter("origin", record.Origin));
        AddNamesAndRoles(transaction, record.Id, [new RecordName(record.Label), .. record.Names], record.Roles);
    }

    private static void AddNamesAndRoles(DbTransaction transaction, string recordId, IEnumerable<RecordName> names, IEnumerable<RecordRole> roles)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        using (var read = transaction.Connection!.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT name FROM kb_names WHERE record_id = @id";
            read.AddParameter("id", recordId);
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                known.Add(reader.GetString(0));
            }
        }

        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n.Name)))
        {
            if (known.Add(name.Name))
            {
                Execute(transaction, "INSERT INTO kb_names (record_id, name, normalized, language, used_by) VALUES (@id, @name, @key, @lang, @by)",
                    c => c.AddParameter("id", recordId).AddParameter("name", name.Name).AddParameter("key", NameKey.Normalize(name.Name))
                        .AddParameter("lang", name.Language).AddParameter("by", name.UsedBy));
            }
            else if (name.UsedBy is not null)
            {
                Execute(transaction, "UPDATE kb_names SET used_by = @by WHERE record_id = @id AND name = @name AND used_by IS NULL",
                    c => c.AddParameter("id", recordId).AddParameter("name", name.Name).AddParameter("by", name.UsedBy));
            }
        }

        foreach (var role in roles)
        {
            Execute(transaction,
                "INSERT INTO kb_roles (record_id, role, country, from_date, to_date) SELECT @id, @role, @country, @from, @to " +
                "WHERE NOT EXISTS (SELECT 1 FROM kb_roles WHERE record_id = @id AND role = @role AND from_date = @from)",
                c => c.AddParameter("id", recordId).AddParameter("role", role.Role).AddParameter("country", role.Country)
                    .AddParameter("from", role.From).AddParameter("to", role.To));
        }
    }

    private static void InsertLink(DbTransaction transaction, EntityLink link, string entityName) =>
        Execute(transaction,
            "INSERT INTO entity_links (source_id, entity_id, entity_name, record_id, rule, matched, score, status, alternatives) " +
            "VALUES (@s, @e, @n, @r, @rule, @m, @score, @status, @alt)",
            c => c.AddParameter("s", link.SourceId).AddParameter("e", link.EntityId).AddParameter("n", entityName).AddParameter("r", link.RecordId)
                .AddParameter("rule", link.Rule).AddParameter("m", link.Matched).AddParameter("score", link.Score).AddParameter("status", link.Status)
                .AddParameter("alt", string.Join(ListSeparator, link.Alternatives)));

    private static List<(int Start, int End, string? RecordId)> ReadManualLinks(DbTransaction transaction, string sourceId)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT mention_start, mention_end, record_id FROM manual_links WHERE source_id = @s";
        command.AddParameter("s", sourceId);
        var links = new List<(int, int, string?)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            links.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2)));
        }

        return links;
    }

    private static HashSet<string> ReadIds(DbTransaction transaction)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id FROM kb_records";
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static string RequireRecord(DbTransaction transaction, string idOrName)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "SELECT id FROM kb_records WHERE id = @id UNION SELECT r.id FROM kb_records r JOIN kb_names n ON n.record_id = r.id " +
            "WHERE n.normalized = @key AND r.merged_into IS NULL";
        command.AddParameter("id", idOrName).AddParameter("key", NameKey.Normalize(idOrName));
        var ids = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        return ids.Count switch
        {
            1 => ids[0],
            0 => throw new KeyNotFoundException($"No knowledge record has the id or name '{idOrName}'."),
            _ => ids.Contains(idOrName) ? idOrName : throw new InvalidOperationException(
                $"'{idOrName}' names {ids.Count} records ({string.Join(", ", ids)}); use an id."),
        };
    }

    private static string FollowMerges(DbTransaction transaction, string id) => FollowMerges(transaction.Connection!, id, transaction);

    private static string FollowMerges(DbConnection connection, string id, DbTransaction? transaction = null)
    {
        for (var hops = 0; hops < 64; hops++)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT merged_into FROM kb_records WHERE id = @id";
            command.AddParameter("id", id);
            if (command.ExecuteScalar() is not string next)
            {
                return id;
            }

            id = next;
        }

        return id;
    }

    private static List<KnowledgeRecord> ReadRecords(DbConnection connection, string where, Action<DbCommand> bind)
    {
        var records = new Dictionary<string, (string Type, string Label, string? Country, double? Lat, double? Lon, string Origin)>(StringComparer.Ordinal);
        var order = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT r.id, r.type, r.label, r.country, r.lat, r.lon, r.origin FROM kb_records r {where} ORDER BY r.id";
            bind(command);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                order.Add(id);
                records[id] = (reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : Convert.ToDouble(reader.GetValue(4), CultureInfo.InvariantCulture),
                    reader.IsDBNull(5) ? null : Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture), reader.GetString(6));
            }
        }

        if (order.Count == 0)
        {
            return [];
        }

        var names = order.ToDictionary(id => id, _ => new List<RecordName>(), StringComparer.Ordinal);
        var roles = order.ToDictionary(id => id, _ => new List<RecordRole>(), StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT n.record_id, n.name, n.language, n.used_by FROM kb_names n JOIN kb_records r ON r.id = n.record_id {where} ORDER BY n.record_id, n.name";
            bind(command);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names[reader.GetString(0)].Add(new RecordName(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT k.record_id, k.role, k.country, k.from_date, k.to_date FROM kb_roles k JOIN kb_records r ON r.id = k.record_id {where} ORDER BY k.record_id, k.from_date";
            bind(command);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                roles[reader.GetString(0)].Add(new RecordRole(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.GetFieldValue<DateOnly>(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4)));
            }
        }

        return [.. order.Select(id =>
        {
            var r = records[id];
            return new KnowledgeRecord(id, r.Type, r.Label, r.Country, r.Lat, r.Lon, r.Origin, names[id], roles[id]);
        })];
    }

    private static void Execute(DbTransaction transaction, string sql, Action<DbCommand> bind)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command);
        command.ExecuteNonQuery();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
