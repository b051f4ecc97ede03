using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attest.Store.Audit;
using Attest.Store.Providers;

namespace Attest.Store.Copies;

/// <summary>Copy signatures, their LSH band index, copy links and the origin each source belongs to.</summary>
public sealed class CopyStore(IStoreProvider provider, AuditLog audit)
{
    /// <summary>The stored signatures of every source that shares at least one band key with <paramref name="bandKeys"/>, with their origins.</summary>
    public IReadOnlyList<CopyCandidate> Candidates(IReadOnlyList<long> bandKeys, string? excluding = null)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        var conditions = new StringBuilder();
        for (var band = 0; band < bandKeys.Count; band++)
        {
            conditions.Append(band == 0 ? "" : " OR ").Append($"(b.band = {band} AND b.band_key = @k{band})");
            command.AddParameter($"k{band}", bandKeys[band]);
        }

        command.CommandText =
            "SELECT s.source_id, coalesce(o.origin_id, s.source_id), s.minhash, s.shingles FROM copy_signatures s " +
            "LEFT JOIN source_origins o ON o.source_id = s.source_id WHERE s.source_id IN " +
            $"(SELECT b.source_id FROM copy_bands b WHERE {conditions}) AND s.source_id <> @self ORDER BY s.source_id";
        command.AddParameter("self", excluding ?? string.Empty);
        var found = new List<CopyCandidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(new CopyCandidate(reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2), reader.GetInt32(3)));
        }

        return found;
    }

    public bool HasSignature(string sourceId)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM copy_signatures WHERE source_id = @id";
        command.AddParameter("id", sourceId);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>Records a source's signature and copy links and gives it its origin, merging origins the links join; one transaction.</summary>
    /// <returns>The origin id the source now belongs to.</returns>
    public OriginChange Record(StoredSignature signature, IReadOnlyList<long> bandKeys, IReadOnlyList<CopyLink> links, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        var id = signature.SourceId;
        foreach (var table in new[] { "copy_bands", "copy_signatures", "source_origins" })
        {
            Execute(transaction, $"DELETE FROM {table} WHERE source_id = @id", c => c.AddParameter("id", id));
        }

        Execute(transaction, "DELETE FROM copy_links WHERE source_id = @id", c => c.AddParameter("id", id));
        Execute(transaction, "INSERT INTO copy_signatures (source_id, shingles, minhash) VALUES (@id, @n, @m)",
            c => c.AddParameter("id", id).AddParameter("n", signature.Shingles).AddParameter("m", signature.MinHash));
        for (var band = 0; band < bandKeys.Count; band++)
        {
            Execute(transaction, "INSERT INTO copy_bands (band, band_key, source_id) VALUES (@b, @k, @id)",
                c => c.AddParameter("b", band).AddParameter("k", bandKeys[band]).AddParameter("id", id));
        }

        foreach (var link in links)
        {
            Execute(transaction, "INSERT INTO copy_links (source_id, copy_of, jaccard, containment, reason) VALUES (@id, @of, @j, @c, @r)",
                c => c.AddParameter("id", id).AddParameter("of", link.CopyOf).AddParameter("j", link.Jaccard)
                    .AddParameter("c", link.Containment).AddParameter("r", link.Reason));
        }

        // The group's origin is named after its earliest-added member, so it never changes when later copies arrive.
        var joined = links.Select(l => OriginOf(transaction, l.CopyOf) ?? l.CopyOf).Append(id).Distinct().ToList();
        var origin = Earliest(transaction, joined);
        foreach (var other in joined.Where(o => o != origin && o != id))
        {
            Execute(transaction, "UPDATE source_origins SET origin_id = @origin WHERE origin_id = @other",
                c => c.AddParameter("origin", origin).AddParameter("other", other));
        }

        Execute(transaction, "INSERT INTO source_origins (source_id, origin_id) VALUES (@id, @origin)",
            c => c.AddParameter("id", id).AddParameter("origin", origin));
        var merged = joined.Where(o => o != origin && o != id).ToList();
        foreach (var member in links.Select(l => l.CopyOf).Where(m => OriginOf(transaction, m) is null))
        {
            if (member != origin)
            {
                merged.Add(member); // a source stored before copy detection was its own origin until now
            }

            Execute(transaction, "INSERT INTO source_origins (source_id, origin_id) VALUES (@id, @origin)",
                c => c.AddParameter("id", member).AddParameter("origin", origin));
        }

        if (links.Count > 0)
        {
            var details = string.Join("; ", links.Select(l => string.Create(CultureInfo.InvariantCulture, $"copies {l.CopyOf} ({l.Reason}, containment {l.Containment:0.00})")));
            audit.Append(transaction, actor, "copies.detect", id, $"origin={origin}; {details}",
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{id}->{origin}:{details}"))));
        }

        transaction.Commit();
        return new OriginChange(origin, merged.Distinct(StringComparer.Ordinal).ToList());
    }

    public IReadOnlyList<CopyLink> LinksOf(string sourceId)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source_id, copy_of, jaccard, containment, reason FROM copy_links WHERE source_id = @id OR copy_of = @id ORDER BY source_id, copy_of";
        command.AddParameter("id", sourceId);
        var links = new List<CopyLink>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            links.Add(new CopyLink(reader.GetString(0), reader.GetString(1), Convert.ToDouble(reader.GetValue(2), CultureInfo.InvariantCulture),
                Convert.ToDouble(reader.GetValue(3), CultureInfo.InvariantCulture), reader.GetString(4)));
        }

        return links;
    }

    private static string? OriginOf(DbTransaction transaction, string sourceId)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT origin_id FROM source_origins WHERE source_id = @id";
        command.AddParameter("id", sourceId);
        return command.ExecuteScalar() as string;
    }

    private static string Earliest(DbTransaction transaction, IReadOnlyList<string> sourceIds)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var names = sourceIds.Select((_, i) => $"@s{i}").ToList();
        for (var i = 0; i < sourceIds.Count; i++)
        {
            command.AddParameter($"s{i}", sourceIds[i]);
        }

        command.CommandText = $"SELECT id FROM sources WHERE id IN ({string.Join(", ", names)}) ORDER BY added_at, id LIMIT 1";
        return command.ExecuteScalar() as string ?? sourceIds[^1];
    }

    private static void Execute(DbTransaction transaction, string sql, Action<DbCommand> bind)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command);
        command.ExecuteNonQuery();
    }
}
