namespace Attest.Workspace;

/// <summary>Where a workspace keeps its parts: <c>.attest/attest.db</c>, <c>.attest/blobs/</c> and <c>.attest/config.json</c>.</summary>
public sealed record WorkspaceLayout(string Root)
{
    public const string FolderName = ".attest";

    public string Folder => Path.Combine(Root, FolderName);
    public string DatabasePath => Path.Combine(Folder, "attest.db");
    public string BlobsPath => Path.Combine(Folder, "blobs");
    public string ConfigPath => Path.Combine(Folder, "config.json");

    /// <summary>The nearest workspace at or above <paramref name="start"/>, the way git finds its repository.</summary>
    public static WorkspaceLayout? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, FolderName)))
            {
                return new WorkspaceLayout(dir.FullName);
            }
        }

        return null;
    }
}
