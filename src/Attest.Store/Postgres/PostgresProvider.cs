using System.Data.Common;
using System.Text;
using Attest.Store.Migrations;
using Attest.Store.Providers;
using Attest.Store.Search;
using Npgsql;

namespace Attest.Store.Postgres;

/// <summary>The team server: PostgreSQL with a generated tsvector column for ranked full-text search.</summary>
public sealed class PostgresProvider : IStoreProvider, IDisposable
{
    // An arbitrary constant naming Attest's migration lock among the server's advisory locks.
    private const long MigrationLockKey = 0x41_74_74_65_73_74;
    private static readonly IReadOnlyList<Migration> Scripts = MigrationScripts.Load("Postgres");
    private readonly NpgsqlDataSource dataSource;

    public PostgresProvider(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public string Name => "postgresql";

    public string Description { get; }

    public IReadOnlyList<Migration> Migrations => Scripts;

    public DbConnection OpenConnection() => dataSource.OpenConnection();

    public DbTransaction BeginWrite(DbConnection connection)
    {
        var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Several ingestion workers may write at once; the audit chain needs one writer at a time to stay linear.
        command.CommandText = "LOCK TABLE audit_log IN EXCLUSIVE MODE";
        command.ExecuteNonQuery();
        return transaction;
    }

    public IDisposable LockForMigration(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT pg_advisory_lock({MigrationLockKey})";
        command.ExecuteNonQuery();
        return new AdvisoryLock(connection);
    }

    // The tsvector is a generated column: the row itself is the index entry.
    public void Index(DbTransaction transaction, string sourceId, string? title, string text)
    {
    }

    public DbCommand? CreateSearchCommand(DbConnection connection, SearchQuery query)
    {
        var command = connection.CreateCommand();
        var sql = new StringBuilder(
            """
            SELECT s.id, s.title, s.outlet, s.published, s.origin,
                   ts_rank_cd(s.search, q) AS rank,
                   ts_headline('english', s.text, q, @headline) AS snippet
            FROM sources s, websearch_to_tsquery('english', @q) q
            WHERE s.search @@ q
            """);
        command.AddParameter("q", query.Text);
        command.AddParameter("headline", $"StartSel={SearchHit.MarkStart}, StopSel={SearchHit.MarkEnd}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"");
        SearchFilters.Append(sql, command, query);
        sql.Append(" ORDER BY rank DESC, s.published DESC NULLS LAST LIMIT @limit");
        command.AddParameter("limit", query.Limit);
        command.CommandText = sql.ToString();
        return command;
    }

    public void Dispose() => dataSource.Dispose();

    private sealed class AdvisoryLock(DbConnection connection) : IDisposable
    {
        public void Dispose()
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT pg_advisory_unlock({MigrationLockKey})";
            command.ExecuteNonQuery();
        }
    }
}
