using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Attest.Cli.Tests.Commands;

/// <summary><c>attest verify</c> notices tampering with blobs, rows and the audit log, and names what broke.</summary>
public sealed class VerifyTests : IDisposable
{
    private readonly TempFolder folder = new();

    public VerifyTests()
    {
        CliRun.In(folder.Path, "init");
        var add = CliRun.In(folder.Path, "add", SharedCorpus.Seeds);
        Assert.Equal(0, add.ExitCode);
    }

    [Fact]
    public void A_changed_byte_in_a_stored_blob_fails_verify_naming_that_source()
    {
        var source = FirstSource();
        var blob = Directory.GetFiles(folder.Combine(".attest", "blobs"), "*", SearchOption.AllDirectories)
            .Single(f => Path.GetFileName(f).Length > 10 && source.Sha256.EndsWith(Path.GetFileName(f), StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(blob);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(blob, bytes);

        var run = CliRun.In(folder.Path, "verify");

        Assert.Equal(1, run.ExitCode);
        var broken = run.Out.Split('\n').Where(l => l.StartsWith("BROKEN", StringComparison.Ordinal)).ToList();
        Assert.Single(broken);
        Assert.Contains(source.Id, broken[0]);
        Assert.Contains("no longer match", broken[0]);
    }

    [Fact]
    public void A_deleted_blob_fails_verify_naming_that_source()
    {
        var source = FirstSource();
        var blob = Directory.GetFiles(folder.Combine(".attest", "blobs"), "*", SearchOption.AllDirectories)
            .Single(f => source.Sha256.EndsWith(Path.GetFileName(f), StringComparison.Ordinal));
        File.Delete(blob);

        var run = CliRun.In(folder.Path, "verify");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"source {source.Id}", run.Out);
        Assert.Contains("missing", run.Out);
    }

    [Fact]
    public void Text_edited_in_the_database_behind_the_log_fails_verify()
    {
        var source = FirstSource();
        Sql($"UPDATE sources SET title = 'A different headline' WHERE id = '{source.Id}'");

        var run = CliRun.In(folder.Path, "verify");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"source {source.Id}", run.Out);
        Assert.Contains("differ from what the audit log recorded", run.Out);
    }

    [Fact]
    public void A_rewritten_audit_entry_fails_verify_naming_the_entry()
    {
        Sql("UPDATE audit_log SET actor = 'nobody' WHERE seq = 3");

        var run = CliRun.In(folder.Path, "verify", "--json");

        Assert.Equal(1, run.ExitCode);
        var problems = JsonDocument.Parse(run.Out).RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.Single(problems);
        Assert.Contains("audit entry 3", problems[0].GetProperty("message").GetString());
    }

    public void Dispose() => folder.Dispose();

    private (string Id, string Sha256) FirstSource()
    {
        var run = CliRun.In(folder.Path, "sources", "--json");
        var first = JsonDocument.Parse(run.Out).RootElement[0];
        return (first.GetProperty("id").GetString()!, first.GetProperty("sha256").GetString()!);
    }

    private void Sql(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={folder.Combine(".attest", "attest.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
