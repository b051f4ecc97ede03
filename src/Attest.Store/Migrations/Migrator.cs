using System.Data.Common;
using Attest.Store.Providers;

namespace Attest.Store.Migrations;

/// <summary>Brings a database up to the newest schema, one migration per transaction, recording each in schema_migrations.</summary>
public static class Migrator
{
    public static IReadOnlyList<Migration> Apply(IStoreProvider provider)
    {
        using var connection = provider.OpenConnection();
        using var migrationLock = provider.LockForMigration(connection);
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");

        var applied = new HashSet<int>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT version FROM schema_migrations";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var done = new List<Migration>();
        foreach (var migration in provider.Migrations.Where(m => !applied.Contains(m.Version)))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @at)";
            record.AddParameter("v", migration.Version);
            record.AddParameter("n", migration.Name);
            record.AddParameter("at", DateTimeOffset.UtcNow.ToString("O"));
            record.ExecuteNonQuery();
            transaction.Commit();
            done.Add(migration);
        }

        return done;
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
