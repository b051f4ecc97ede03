using Attest.Store.Postgres;
using Attest.Store.Providers;
using Attest.Store.Sqlite;

namespace Attest.Store;

/// <summary>Chooses the storage engine, the way Npgsql's data source builder takes plug-ins, and builds the store.</summary>
public sealed class AttestStoreBuilder
{
    private IStoreProvider? provider;

    /// <summary>The embedded default: a SQLite file (created when missing).</summary>
    public AttestStoreBuilder UseSqlite(string path)
    {
        provider = new SqliteProvider(path);
        return this;
    }

    /// <summary>A PostgreSQL server, for teams and several ingestion workers.</summary>
    public AttestStoreBuilder UsePostgres(string connectionString)
    {
        provider = new PostgresProvider(connectionString);
        return this;
    }

    /// <summary>PostgreSQL when the string looks like a server connection string or URL, otherwise a SQLite file path.</summary>
    public AttestStoreBuilder Use(string database) =>
        database.Contains("Host=", StringComparison.OrdinalIgnoreCase) || database.StartsWith("postgres", StringComparison.OrdinalIgnoreCase)
            ? UsePostgres(PostgresConnectionString.Normalize(database))
            : UseSqlite(database);

    /// <summary>Builds the store and brings its schema up to date.</summary>
    public AttestStore Build()
    {
        var chosen = provider ?? throw new InvalidOperationException("Choose a database with UseSqlite or UsePostgres first.");
        var store = new AttestStore(chosen);
        store.Migrate();
        return store;
    }
}
