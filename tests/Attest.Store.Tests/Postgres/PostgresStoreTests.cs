using Npgsql;

namespace Attest.Store.Tests.Postgres;

/// <summary>The store contract against a real PostgreSQL server: a fresh database per test, dropped afterwards.</summary>
public sealed class PostgresStoreTests : StoreContract
{
    private readonly TestDatabase database = TestDatabase.Create();

    public PostgresStoreTests() => Store = new AttestStoreBuilder().UsePostgres(database.ConnectionString).Build();

    protected override AttestStore Store { get; }

    public override void Dispose()
    {
        Store.Dispose();
        database.Dispose();
    }
}

/// <summary>A throwaway database on the server that ./test.sh starts (connection in ATTEST_TEST_POSTGRES).</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string admin;

    private TestDatabase(string admin, string name, string connectionString) =>
        (this.admin, Name, ConnectionString) = (admin, name, connectionString);

    public string Name { get; }
    public string ConnectionString { get; }

    public static TestDatabase Create()
    {
        var admin = Environment.GetEnvironmentVariable("ATTEST_TEST_POSTGRES")
            ?? throw new InvalidOperationException("ATTEST_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");
        var name = "attest_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new TestDatabase(admin, name, new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
