using System.Data.Common;
using System.Text;
using Attest.Store.Migrations;
using Attest.Store.Providers;
using Attest.Store.Search;
using Microsoft.Data.Sqlite;

namespace Attest.Store.Sqlite;

/// <summary>The embedded default: one SQLite file in the workspace, WAL-journaled, with an FTS5 index.</summary>
public sealed class SqliteProvider : IStoreProvider
{
    private static readonly IReadOnlyList<Migration> Scripts = MigrationScripts.Load("Sqlite");
    private readonly string connectionString;

    public SqliteProvider(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public string Name => "sqlite";

    public string Description => Path;

    public IReadOnlyList<Migration> Migrations => Scripts;

    public DbConnection OpenConnection()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // WAL keeps readers working during a write; FULL sync means a committed source survives a power cut.
        pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    // Microsoft.Data.Sqlite begins transactions IMMEDIATE unless asked for deferred: the write lock is taken at once.
    public DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public IDisposable LockForMigration(DbConnection connection) => new NoLock();

    public void Index(DbTransaction transaction, string sourceId, string? title, string text)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO source_fts (source_id, title, text) VALUES (@id, @title, @text)";
        command.AddParameter("id", sourceId).AddParameter("title", title ?? string.Empty).AddParameter("text", text);
        command.ExecuteNonQuery();
    }

    public DbCommand? CreateSearchCommand(DbConnection connection, SearchQuery query)
    {
        var match = Fts5Query.FromWebSearch(query.Text);
        if (match.Length == 0)
        {
            return null;
        }

        var command = connection.CreateCommand();
        var sql = new StringBuilder(
            """
            SELECT s.id, s.title, s.outlet, s.published, s.origin,
                   -bm25(source_fts, 0.0, 5.0, 1.0) AS rank,
                   snippet(source_fts, 2, char(2), char(3), '…', 24) AS snippet
            FROM source_fts JOIN sources s ON s.id = source_fts.source_id
            WHERE source_fts MATCH @q
            """);
        command.AddParameter("q", match);
        SearchFilters.Append(sql, command, query);
        sql.Append(" ORDER BY rank DESC, s.published DESC LIMIT @limit");
        command.AddParameter("limit", query.Limit);
        command.CommandText = sql.ToString();
        return command;
    }

    private sealed class NoLock : IDisposable
    {
        // SQLite serialises writers itself; each migration runs in its own write transaction.
        public void Dispose()
        {
        }
    }
}
