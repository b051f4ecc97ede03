namespace Attest.Workspace.Tests;

public sealed class WorkspaceLayoutTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("attest-layout-").FullName;

    [Fact]
    public void Workspace_is_found_from_a_nested_folder_like_git()
    {
        Directory.CreateDirectory(Path.Combine(root, ".attest"));
        var nested = Directory.CreateDirectory(Path.Combine(root, "cases", "2019", "august")).FullName;

        var found = WorkspaceLayout.FindFrom(nested);

        Assert.Equal(root, found?.Root);
    }

    [Fact]
    public void No_workspace_above_gives_null()
    {
        Assert.Null(WorkspaceLayout.FindFrom(root));
    }

    [Fact]
    public void Init_twice_keeps_the_configured_database_and_limit()
    {
        using (var first = AttestWorkspace.Init(root))
        {
            first.Config.Save(first.Layout.ConfigPath);
        }

        new WorkspaceConfig(MaxBytes: 1234).Save(new WorkspaceLayout(root).ConfigPath);
        using var again = AttestWorkspace.Init(root);

        Assert.Equal(1234, again.Config.MaxBytes);
        Assert.Null(again.Config.Database);
        Assert.True(File.Exists(again.Layout.DatabasePath));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
