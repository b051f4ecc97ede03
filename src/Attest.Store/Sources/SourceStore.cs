using System.Data.Common;
using System.Text;
using Attest.Core.Extraction;
using Attest.Core.Sources;
using Attest.Store.Audit;
using Attest.Store.Providers;

namespace Attest.Store.Sources;

/// <summary>Stores sources, each with its search entry, extraction and audit entry in one transaction, and reads them back.</summary>
public sealed class SourceStore(IStoreProvider provider, AuditLog audit)
{
    private const string Columns =
        "s.id, s.sha256, s.size, s.origin, s.media_type, s.fetched_at, s.title, s.outlet, s.author, s.published, s.url, s.canonical_url, " +
        "s.language, s.dateline_place, s.dateline_date, s.dateline_agency, s.dateline_start, s.dateline_end, s.added_at";

    /// <summary>Stores <paramref name="source"/> unless the same bytes are already stored; all or nothing.</summary>
    public AddOutcome Add(CapturedSource source, ExtractionResult? extraction, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        var existing = FindIdBySha(transaction, source.Sha256);
        if (existing is not null)
        {
            transaction.Rollback();
            return new AddOutcome(existing, Added: false);
        }

        var m = source.Metadata with { FetchedAt = Core.Audit.AuditChain.Truncate(source.Metadata.FetchedAt) };
        var id = source.Id;
        var addedAt = Core.Audit.AuditChain.Truncate(DateTimeOffset.UtcNow);
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText =
                "INSERT INTO sources (id, sha256, size, origin, media_type, fetched_at, title, outlet, author, published, url, canonical_url, " +
                "language, dateline_place, dateline_date, dateline_agency, dateline_start, dateline_end, text, added_at) VALUES " +
                "(@id, @sha, @size, @origin, @media, @fetched, @title, @outlet, @author, @published, @url, @canonical, " +
                "@language, @dplace, @ddate, @dagency, @dstart, @dend, @text, @added)";
            insert.AddParameter("id", id).AddParameter("sha", source.Sha256).AddParameter("size", (long)source.Content.Length)
                .AddParameter("origin", m.Origin).AddParameter("media", m.MediaType).AddParameter("fetched", m.FetchedAt)
                .AddParameter("title", m.Title).AddParameter("outlet", m.Outlet).AddParameter("author", m.Author)
                .AddParameter("published", m.Published).AddParameter("url", m.Url).AddParameter("canonical", m.CanonicalUrl)
                .AddParameter("language", m.Language).AddParameter("dplace", m.Dateline?.Place).AddParameter("ddate", m.Dateline?.Date)
                .AddParameter("dagency", m.Dateline?.Agency).AddParameter("dstart", m.Dateline?.Start).AddParameter("dend", m.Dateline?.End)
                .AddParameter("text", source.Text).AddParameter("added", addedAt);
            insert.ExecuteNonQuery();
        }

        provider.Index(transaction, id, m.Title, source.Text);
        if (extraction is not null)
        {
            Extractions.ExtractionStore.Write(transaction, id, extraction, source.Text);
        }

        var details = new StringBuilder().Append("origin=").Append(m.Origin);
        if (m.Title is not null)
        {
            details.Append("; title=").Append(m.Title);
        }

        audit.Append(transaction, actor, "source.add", id, details.ToString(), SourceState.Hash(source.Sha256, m, source.Text));
        transaction.Commit();
        return new AddOutcome(id, Added: true);
    }

    public IReadOnlyList<SourceSummary> List(SourceFilter? filter = null)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {Columns}, o.origin_id FROM sources s LEFT JOIN source_origins o ON o.source_id = s.id WHERE 1 = 1");
        Search.SearchFilters.Append(sql, command, new Search.SearchQuery(string.Empty, filter?.From, filter?.To, filter?.Outlet));
        sql.Append(" ORDER BY s.published, s.added_at, s.id");
        command.CommandText = sql.ToString();
        var sources = new List<SourceSummary>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            sources.Add(ReadSummary(reader) with { CopyOrigin = reader.IsDBNull(19) ? null : reader.GetString(19) });
        }

        return sources;
    }

    /// <summary>The source whose id (or unique id prefix, or full hash) is <paramref name="idOrPrefix"/>, with its text.</summary>
    public StoredSource? Get(string idOrPrefix)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns}, s.text FROM sources s WHERE s.id LIKE @prefix OR s.sha256 = @full LIMIT 2";
        command.AddParameter("prefix", idOrPrefix.ToLowerInvariant() + "%").AddParameter("full", idOrPrefix.ToLowerInvariant());
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var summary = ReadSummary(reader);
        var text = reader.GetString(19);
        return reader.Read() ? null : new StoredSource(summary.Id, summary.Sha256, summary.Size, summary.Metadata, text, summary.AddedAt);
    }

    /// <summary>Every stored source with its text, one at a time, for checks that must see everything.</summary>
    public IEnumerable<StoredSource> All()
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns}, s.text FROM sources s ORDER BY s.id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var summary = ReadSummary(reader);
            yield return new StoredSource(summary.Id, summary.Sha256, summary.Size, summary.Metadata, reader.GetString(19), summary.AddedAt);
        }
    }

    public bool Contains(string sha256)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM sources WHERE sha256 = @sha";
        command.AddParameter("sha", sha256);
        return command.ExecuteScalar() is not null;
    }

    private static string? FindIdBySha(DbTransaction transaction, string sha256)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id FROM sources WHERE sha256 = @sha";
        command.AddParameter("sha", sha256);
        return command.ExecuteScalar() as string;
    }

    private static SourceSummary ReadSummary(DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        Dateline? dateline = r.IsDBNull(13)
            ? null
            : new Dateline(r.IsDBNull(16) ? 0 : r.GetInt32(16), r.IsDBNull(17) ? 0 : r.GetInt32(17), r.GetString(13), S(14), S(15));
        var metadata = new SourceMetadata(
            Origin: r.GetString(3), MediaType: r.GetString(4), FetchedAt: r.GetFieldValue<DateTimeOffset>(5),
            Title: S(6), Outlet: S(7), Author: S(8), Published: r.IsDBNull(9) ? null : r.GetFieldValue<DateOnly>(9),
            Url: S(10), CanonicalUrl: S(11), Language: S(12), Dateline: dateline);
        return new SourceSummary(r.GetString(0), r.GetString(1), r.GetInt64(2), metadata, r.GetFieldValue<DateTimeOffset>(18));
    }
}
