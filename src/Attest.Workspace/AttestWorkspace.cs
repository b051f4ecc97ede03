using Attest.Ingest;
using Attest.Store;

namespace Attest.Workspace;

/// <summary>An open workspace: its store (SQLite or PostgreSQL) and its blob store of original bytes.</summary>
public sealed class AttestWorkspace : IDisposable
{
    private AttestWorkspace(WorkspaceLayout layout, WorkspaceConfig config, AttestStore store)
    {
        Layout = layout;
        Config = config;
        Store = store;
        Blobs = new BlobStore(layout.BlobsPath);
    }

    public WorkspaceLayout Layout { get; }
    public WorkspaceConfig Config { get; }
    public AttestStore Store { get; }
    public BlobStore Blobs { get; }

    /// <summary>Creates the workspace folder (idempotent) and its database.</summary>
    public static AttestWorkspace Init(string root, string? database = null)
    {
        var layout = new WorkspaceLayout(Path.GetFullPath(root));
        Directory.CreateDirectory(layout.BlobsPath);
        var config = WorkspaceConfig.Load(layout.ConfigPath);
        if (database is not null)
        {
            config = config with { Database = database };
        }

        config.Save(layout.ConfigPath);
        return Open(layout, database);
    }

    /// <summary>Opens a workspace; <paramref name="database"/> (from --database or ATTEST_DATABASE) overrides the configured one.</summary>
    public static AttestWorkspace Open(WorkspaceLayout layout, string? database = null)
    {
        var config = WorkspaceConfig.Load(layout.ConfigPath);
        var chosen = database ?? config.Database;
        var builder = new AttestStoreBuilder();
        builder = chosen is null ? builder.UseSqlite(layout.DatabasePath) : builder.Use(chosen);
        return new AttestWorkspace(layout, config, builder.Build());
    }

    public void Dispose() => Store.Dispose();
}
