using Microsoft.Data.Sqlite;

namespace Attest.Store.Tests.Sqlite;

/// <summary>The store contract against a real SQLite file in a fresh temporary folder.</summary>
public sealed class SqliteStoreTests : StoreContract
{
    private readonly string folder = Directory.CreateTempSubdirectory("attest-store-").FullName;

    public SqliteStoreTests() => Store = new AttestStoreBuilder().UseSqlite(Path.Combine(folder, "attest.db")).Build();

    protected override AttestStore Store { get; }

    public override void Dispose()
    {
        Store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
