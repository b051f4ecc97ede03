using System.Security.Cryptography;

namespace Attest.Ingest;

/// <summary>Keeps original bytes on disk under their SHA-256 (<c>dir/ab/cdef…</c>), written atomically and never overwritten.</summary>
public sealed class BlobStore
{
    private const int HashHexLength = 64;

    public BlobStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The folder that holds the blobs.</summary>
    public string Directory { get; }

    /// <summary>The file a blob with this hash lives in (whether or not it exists).</summary>
    public string PathOf(string sha256)
    {
        var hash = Normalize(sha256);
        return Path.Combine(Directory, hash[..2], hash[2..]);
    }

    /// <summary>Stores the bytes under their hash; returns false when they were already there (nothing is written).</summary>
    /// <exception cref="ArgumentException">The bytes do not hash to <paramref name="sha256"/>.</exception>
    public bool Put(string sha256, ReadOnlyMemory<byte> content) => Put(sha256, content.Span);

    /// <inheritdoc cref="Put(string, ReadOnlyMemory{byte})"/>
    public bool Put(string sha256, ReadOnlySpan<byte> content)
    {
        var hash = Normalize(sha256);
        var actual = Convert.ToHexStringLower(SHA256.HashData(content));
        if (actual != hash)
        {
            throw new ArgumentException($"The content hashes to {actual}, not {hash}.", nameof(sha256));
        }

        var path = PathOf(hash);
        if (File.Exists(path))
        {
            return false;
        }

        var folder = Path.GetDirectoryName(path)!;
        System.IO.Directory.CreateDirectory(folder);

        // Written beside its final name and renamed only once flushed to disk, so a crash never leaves a partial blob
        // under a real hash: at worst a stray temporary file, which later puts ignore.
        var temporary = Path.Combine(folder, $".{hash[2..]}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another writer stored the same bytes first; identical content, so theirs is as good as ours.
            return false;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Whether a blob with this hash is stored (its content is not checked; see <see cref="Verify"/>).</summary>
    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    /// <summary>Opens the stored bytes for reading.</summary>
    /// <exception cref="FileNotFoundException">No blob has this hash.</exception>
    public Stream Open(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>Reads the stored bytes whole.</summary>
    /// <exception cref="FileNotFoundException">No blob has this hash.</exception>
    public byte[] ReadAllBytes(string sha256) => File.ReadAllBytes(PathOf(sha256));

    /// <summary>Rehashes the stored bytes and says whether they are still the ones named by the hash.</summary>
    public BlobCheck Verify(string sha256)
    {
        var hash = Normalize(sha256);
        try
        {
            using var stream = Open(hash);
            return Convert.ToHexStringLower(SHA256.HashData(stream)) == hash ? BlobCheck.Ok : BlobCheck.Changed;
        }
        catch (FileNotFoundException)
        {
            return BlobCheck.Missing;
        }
        catch (DirectoryNotFoundException)
        {
            return BlobCheck.Missing;
        }
    }

    private static string Normalize(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        if (sha256.Length != HashHexLength || !sha256.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException($"'{sha256}' is not a SHA-256 hex digest.", nameof(sha256));
        }

        return sha256.ToLowerInvariant();
    }
}
