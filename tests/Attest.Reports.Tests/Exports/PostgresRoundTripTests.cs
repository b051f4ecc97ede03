using Attest.Reports.Tests.Support;
using Npgsql;

namespace Attest.Reports.Tests.Exports;

/// <summary>Exchanging records between engines: a SQLite workspace's export imported into a PostgreSQL one exports the same records.</summary>
[Collection(SeedWorkspaceCollection.Name)]
public sealed class PostgresRoundTripTests : IDisposable
{
    private readonly SeedWorkspace workspace;
    private readonly TempFolder folder = new();
    private readonly string admin;
    private readonly string name = "attest_reports_" + Guid.NewGuid().ToString("N")[..12];

    public PostgresRoundTripTests(SeedWorkspace workspace)
    {
        this.workspace = workspace;
        admin = Environment.GetEnvironmentVariable("ATTEST_TEST_POSTGRES")
            ?? throw new InvalidOperationException("ATTEST_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Jsonl_from_sqlite_imported_into_postgresql_exports_the_same_records()
    {
        var exported = workspace.OutputPath("for-postgres.jsonl");
        var again = folder.Combine("from-postgres.jsonl");
        workspace.Run("export", "--format", "jsonl", "--out", exported);
        CliRun.In(folder.Path, "init", "--database", new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString);

        var import = CliRun.In(folder.Path, "import", exported);
        var export = CliRun.In(folder.Path, "export", "--format", "jsonl", "--out", again);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Equal(File.ReadAllLines(exported).Order(StringComparer.Ordinal), File.ReadAllLines(again).Order(StringComparer.Ordinal));
        Assert.Equal(0, CliRun.In(folder.Path, "verify").ExitCode);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }

        folder.Dispose();
    }
}
