using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attest.Store.Audit;
using Attest.Store.Providers;

namespace Attest.Store.Corroboration;

/// <summary>Event and claim clusters: which items belong together and why, their blocks, disputes and support status.</summary>
public sealed class CorroborationStore(IStoreProvider provider, AuditLog audit)
{
    private const char ListSeparator = '\n';

    private const string MemberColumns =
        "ci.source_id, ci.item_id, ci.kind, ci.cluster_id, ci.joined_because, ci.profile, coalesce(o.origin_id, ci.source_id), coalesce(s.outlet, s.dateline_agency), " +
        "s.published, s.title, s.url, s.sha256, coalesce(c.start_offset, e.start_offset, 0), coalesce(c.end_offset, e.end_offset, 0), " +
        "coalesce(c.text, e.text, '')";

    // A source that names no outlet but carries an agency dateline ("ISLAMABAD, DEC 8 /DNA/") was written by that agency.
    private const string MemberJoins =
        " FROM cluster_items ci JOIN sources s ON s.id = ci.source_id LEFT JOIN source_origins o ON o.source_id = ci.source_id " +
        "LEFT JOIN extracted_claims c ON c.source_id = ci.source_id AND c.claim_id = ci.item_id " +
        "LEFT JOIN extracted_events e ON e.source_id = ci.source_id AND e.event_id = ci.item_id";

    /// <summary>Items of other sources filed under any of <paramref name="blocks"/>: the only ones a new item is compared with.</summary>
    public IReadOnlyList<StoredClusterItem> ItemsInBlocks(IReadOnlyCollection<string> blocks, string excludingSource)
    {
        var found = new Dictionary<(string, string), StoredClusterItem>();

        // In chunks: an item has a few dozen block keys, and engines cap the number of parameters.
        foreach (var chunk in blocks.Distinct(StringComparer.Ordinal).Chunk(200))
        {
            using var connection = provider.OpenConnection();
            using var command = connection.CreateCommand();
            var names = ParameterList(command, "b", chunk);

            // The block index finds the few items first; joining from them avoids scanning every clustered item.
            var joins = MemberJoins.Replace(" FROM cluster_items ci ", " FROM (SELECT DISTINCT source_id, item_id FROM cluster_blocks " +
                $"WHERE block IN ({names})) hit JOIN cluster_items ci ON ci.source_id = hit.source_id AND ci.item_id = hit.item_id ", StringComparison.Ordinal);
            command.CommandText = $"SELECT {MemberColumns}{joins} WHERE ci.source_id <> @self";
            command.AddParameter("self", excludingSource);
            foreach (var item in Read(command))
            {
                found.TryAdd((item.SourceId, item.ItemId), item);
            }
        }

        return [.. found.Values.OrderBy(i => i.SourceId, StringComparer.Ordinal).ThenBy(i => i.ItemId, StringComparer.Ordinal)];
    }

    /// <summary>Replaces a source's cluster items, applies cluster merges and records disputes; one audited transaction.</summary>
    public void Save(string sourceId, IReadOnlyList<ClusterItemRow> items, IReadOnlyDictionary<string, string> merges, IReadOnlyList<DisputeRow> disputes, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        DeleteSource(transaction, sourceId);

        // Merged clusters are renamed first, so rows written below already use the surviving ids.
        foreach (var (from, to) in merges)
        {
            Execute(transaction, "UPDATE cluster_items SET cluster_id = @to WHERE cluster_id = @from", c => c.AddParameter("to", to).AddParameter("from", from));
            Execute(transaction, "DELETE FROM cluster_disputes WHERE cluster_id = @from AND EXISTS (SELECT 1 FROM cluster_disputes d " +
                "WHERE d.cluster_id = @to AND d.source_id = cluster_disputes.source_id AND d.item_id = cluster_disputes.item_id)",
                c => c.AddParameter("to", to).AddParameter("from", from));
            Execute(transaction, "UPDATE cluster_disputes SET cluster_id = @to WHERE cluster_id = @from", c => c.AddParameter("to", to).AddParameter("from", from));
            Execute(transaction, "DELETE FROM clusters WHERE id = @from", c => c.AddParameter("from", from));
        }

        foreach (var item in items)
        {
            Execute(transaction, "INSERT INTO cluster_items (source_id, item_id, kind, cluster_id, joined_because, profile) VALUES (@s, @i, @k, @c, @j, @p)",
                c => c.AddParameter("s", item.SourceId).AddParameter("i", item.ItemId).AddParameter("k", item.Kind).AddParameter("c", item.ClusterId)
                    .AddParameter("j", item.JoinedBecause).AddParameter("p", item.Profile));
            foreach (var block in item.Blocks.Distinct(StringComparer.Ordinal))
            {
                Execute(transaction, "INSERT INTO cluster_blocks (block, source_id, item_id) VALUES (@b, @s, @i)",
                    c => c.AddParameter("b", block).AddParameter("s", item.SourceId).AddParameter("i", item.ItemId));
            }
        }

        foreach (var dispute in disputes.DistinctBy(d => (d.ClusterId, d.SourceId, d.ItemId)))
        {
            Execute(transaction, "DELETE FROM cluster_disputes WHERE cluster_id = @c AND source_id = @s AND item_id = @i",
                c => c.AddParameter("c", dispute.ClusterId).AddParameter("s", dispute.SourceId).AddParameter("i", dispute.ItemId));
            Execute(transaction, "INSERT INTO cluster_disputes (cluster_id, source_id, item_id, reason) VALUES (@c, @s, @i, @r)",
                c => c.AddParameter("c", dispute.ClusterId).AddParameter("s", dispute.SourceId).AddParameter("i", dispute.ItemId).AddParameter("r", dispute.Reason));
        }

        var joined = items.Count(i => i.JoinedBecause is not null);
        var details = string.Create(CultureInfo.InvariantCulture, $"items={items.Count}; joined={joined}; merged={merges.Count}; disputes={disputes.Count}");
        audit.Append(transaction, actor, "corroboration.cluster", sourceId, details,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceId + ":" + string.Join(",", items.Select(i => $"{i.ItemId}={i.ClusterId}"))))));
        transaction.Commit();
    }

    /// <summary>The clusters a source's items are in or dispute, before it is clustered again.</summary>
    public IReadOnlyList<string> ClustersTouchedBy(string sourceId)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT cluster_id FROM cluster_items WHERE source_id = @s UNION SELECT cluster_id FROM cluster_disputes WHERE source_id = @s";
        command.AddParameter("s", sourceId);
        var clusters = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            clusters.Add(reader.GetString(0));
        }

        return clusters;
    }

    /// <summary>The clusters holding items of any source of <paramref name="origin"/>: their origin counts change when copies join it.</summary>
    public IReadOnlyList<string> ClustersOfOrigin(string origin)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT ci.cluster_id FROM cluster_items ci JOIN source_origins o ON o.source_id = ci.source_id WHERE o.origin_id = @o";
        command.AddParameter("o", origin);
        var clusters = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            clusters.Add(reader.GetString(0));
        }

        return clusters;
    }

    /// <summary>Every member of a cluster with its origin, outlet and passage.</summary>
    public IReadOnlyList<StoredClusterItem> Members(string clusterId)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {MemberColumns}{MemberJoins} WHERE ci.cluster_id = @c ORDER BY s.published, ci.source_id, ci.item_id";
        command.AddParameter("c", clusterId);
        return Read(command);
    }

    /// <summary>The denials disputing a cluster.</summary>
    public IReadOnlyList<StoredDispute> Disputes(string clusterId)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        // A denial is a claim ("the ministry denied that…") or an event ("the army disputes the claim"): its passage is either's text.
        command.CommandText = "SELECT d.cluster_id, d.source_id, d.item_id, d.reason, s.outlet, coalesce(c.text, e.text, '') FROM cluster_disputes d " +
            "JOIN sources s ON s.id = d.source_id LEFT JOIN extracted_claims c ON c.source_id = d.source_id AND c.claim_id = d.item_id " +
            "LEFT JOIN extracted_events e ON e.source_id = d.source_id AND e.event_id = d.item_id " +
            "WHERE d.cluster_id = @c ORDER BY d.source_id, d.item_id";
        command.AddParameter("c", clusterId);
        var disputes = new List<StoredDispute>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            disputes.Add(new StoredDispute(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5)));
        }

        return disputes;
    }

    /// <summary>Writes clusters' ratings; a cluster left without members is deleted instead.</summary>
    public void SetVerdicts(IReadOnlyList<ClusterVerdictRow> verdicts)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        foreach (var v in verdicts)
        {
            Execute(transaction, "DELETE FROM clusters WHERE id = @id", c => c.AddParameter("id", v.ClusterId));
            Execute(transaction,
                "INSERT INTO clusters (id, kind, status, sources, origins, parties, reasons, first_day, last_day) VALUES (@id, @k, @st, @s, @o, @p, @r, @f, @l)",
                c => c.AddParameter("id", v.ClusterId).AddParameter("k", v.Kind).AddParameter("st", v.Status).AddParameter("s", v.Sources)
                    .AddParameter("o", v.Origins).AddParameter("p", string.Join(ListSeparator, v.Parties)).AddParameter("r", string.Join(ListSeparator, v.Reasons))
                    .AddParameter("f", IsoDay(v.FirstDay)).AddParameter("l", IsoDay(v.LastDay)));
        }

        transaction.Commit();
    }

    /// <summary>How far in time each of <paramref name="clusterIds"/> reaches (first and last day of its items), for those rated with days.</summary>
    public IReadOnlyDictionary<string, (DateOnly First, DateOnly Last)> Spans(IReadOnlyCollection<string> clusterIds)
    {
        var spans = new Dictionary<string, (DateOnly, DateOnly)>(StringComparer.Ordinal);
        foreach (var chunk in clusterIds.Distinct(StringComparer.Ordinal).Chunk(200))
        {
            using var connection = provider.OpenConnection();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, first_day, last_day FROM clusters WHERE first_day IS NOT NULL AND last_day IS NOT NULL " +
                $"AND id IN ({ParameterList(command, "c", chunk)})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                spans[reader.GetString(0)] = (ParseDay(reader.GetString(1)), ParseDay(reader.GetString(2)));
            }
        }

        return spans;
    }

    // "@p0, @p1, …" for an IN list, each value added as a parameter of the command.
    private static string ParameterList(DbCommand command, string prefix, IReadOnlyList<string> values)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = $"@{prefix}{i}";
            command.AddParameter($"{prefix}{i}", values[i]);
        }

        return string.Join(", ", names);
    }

    private static string? IsoDay(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Deletes the rating of clusters that no longer have members.</summary>
    public void Forget(IReadOnlyList<string> clusterIds)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        foreach (var id in clusterIds)
        {
            Execute(transaction, "DELETE FROM clusters WHERE id = @id AND NOT EXISTS (SELECT 1 FROM cluster_items WHERE cluster_id = @id)", c => c.AddParameter("id", id));
            Execute(transaction, "DELETE FROM cluster_disputes WHERE cluster_id = @id AND NOT EXISTS (SELECT 1 FROM cluster_items WHERE cluster_id = @id)", c => c.AddParameter("id", id));
        }

        transaction.Commit();
    }

    /// <summary>The cluster of an item, or null when it has not been clustered.</summary>
    public string? ClusterOf(string sourceId, string itemId)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT cluster_id FROM cluster_items WHERE source_id = @s AND item_id = @i";
        command.AddParameter("s", sourceId).AddParameter("i", itemId);
        return command.ExecuteScalar() as string;
    }

    /// <summary>A cluster with its members, disputes and rating; null when there is no such cluster.</summary>
    public ClusterDetail? Cluster(string clusterId)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, kind, status, sources, origins, parties, reasons FROM clusters WHERE id = @id";
        command.AddParameter("id", clusterId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new ClusterDetail(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
            Split(reader.GetString(5)), Split(reader.GetString(6)), Members(clusterId), Disputes(clusterId));
    }

    /// <summary>Every cluster id, for rating everything again.</summary>
    public IReadOnlyList<string> ClusterIds()
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT cluster_id FROM cluster_items ORDER BY cluster_id";
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static void DeleteSource(DbTransaction transaction, string sourceId)
    {
        foreach (var table in new[] { "cluster_blocks", "cluster_items", "cluster_disputes" })
        {
            Execute(transaction, $"DELETE FROM {table} WHERE source_id = @s", c => c.AddParameter("s", sourceId));
        }
    }

    private static IReadOnlyList<string> Split(string joined) => joined.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries);

    private static List<StoredClusterItem> Read(DbCommand command)
    {
        var items = new List<StoredClusterItem>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            items.Add(new StoredClusterItem(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), NullableString(reader, 4), reader.GetString(5),
                reader.GetString(6), NullableString(reader, 7), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8),
                NullableString(reader, 9), NullableString(reader, 10), reader.GetString(11), reader.GetInt32(12), reader.GetInt32(13), reader.GetString(14)));
        }

        return items;
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static void Execute(DbTransaction transaction, string sql, Action<DbCommand> bind)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command);
        command.ExecuteNonQuery();
    }
}
