using System.Text.Json;
using Npgsql;

namespace Attest.Cli.Tests.Commands;

/// <summary>The same commands against a real PostgreSQL server, chosen with --database / ATTEST_DATABASE.</summary>
public sealed class PostgresWorkspaceTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string admin;
    private readonly string name = "attest_cli_" + Guid.NewGuid().ToString("N")[..12];

    public PostgresWorkspaceTests()
    {
        admin = Environment.GetEnvironmentVariable("ATTEST_TEST_POSTGRES")
            ?? throw new InvalidOperationException("ATTEST_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
    }

    private string Database => new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;

    [Fact]
    public void Seeds_ingest_and_search_on_postgresql()
    {
        var init = CliRun.In(folder.Path, "init", "--database", Database);
        var add = CliRun.In(folder.Path, "add", SharedCorpus.Seeds);
        var again = CliRun.In(folder.Path, "add", SharedCorpus.Seeds);
        var search = CliRun.In(folder.Path, "search", "Security Council", "--json");
        var verify = CliRun.In(folder.Path, "verify");

        Assert.Contains("postgresql", init.Out);
        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Contains("0 added, 5 already present", again.Error);
        Assert.Equal(3, JsonDocument.Parse(search.Out).RootElement.GetArrayLength());
        Assert.True(verify.ExitCode == 0, verify.Out);
    }

    [Fact]
    public void Attest_database_variable_overrides_the_workspace_sqlite_file()
    {
        CliRun.In(folder.Path, "init");
        var env = new Dictionary<string, string?> { ["ATTEST_DATABASE"] = Database };

        var add = CliRun.InWith(folder.Path, env, "add", SharedCorpus.Seeds);
        var onPostgres = CliRun.InWith(folder.Path, env, "sources", "--json");
        var onSqlite = CliRun.In(folder.Path, "sources", "--json");

        Assert.Equal(0, add.ExitCode);
        Assert.Equal(5, JsonDocument.Parse(onPostgres.Out).RootElement.GetArrayLength());
        Assert.Equal(0, JsonDocument.Parse(onSqlite.Out).RootElement.GetArrayLength());
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
