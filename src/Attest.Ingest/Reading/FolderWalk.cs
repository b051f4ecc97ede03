namespace Attest.Ingest.Reading;

/// <summary>Lists the files under a folder, recursively, in a stable order, leaving out hidden entries (.git, .attest, dot-files).</summary>
internal static class FolderWalk
{
    /// <summary>Paths built on <paramref name="folder"/> as given, sorted by their path relative to it (ordinal).</summary>
    public static IReadOnlyList<string> Files(string folder)
    {
        var files = new List<(string Relative, string Path)>();
        Collect(folder, "", files);
        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return files.Select(f => f.Path).ToList();
    }

    private static void Collect(string folder, string relative, List<(string Relative, string Path)> files)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (IsHidden(entry))
            {
                continue;
            }

            var path = Path.Combine(folder, entry.Name);
            var entryRelative = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
            if (entry is DirectoryInfo directory)
            {
                // A linked folder can point back up the tree; following none keeps the walk finite.
                if (directory.LinkTarget is null)
                {
                    Collect(path, entryRelative, files);
                }
            }
            else
            {
                files.Add((entryRelative, path));
            }
        }
    }

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || (entry.Attributes & FileAttributes.Hidden) != 0;
}
