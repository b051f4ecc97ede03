namespace Attest.Cli;

/// <summary>Writes a command's output to a file all at once (a temporary file renamed into place), or to standard output.</summary>
public static class OutputFile
{
    /// <summary>Runs <paramref name="write"/> against the file (or stdout when <paramref name="path"/> is null or "-").</summary>
    public static void Write(string? path, Action<Stream> write)
    {
        if (path is null or "-")
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            stdout.Flush();
            return;
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".partial";
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The same, for text: UTF-8 without a byte order mark.</summary>
    public static void WriteText(string? path, Action<TextWriter> write) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
        write(writer);
    });
}
