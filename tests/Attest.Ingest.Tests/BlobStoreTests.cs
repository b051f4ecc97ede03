using System.Security.Cryptography;
using System.Text;
using Attest.Ingest.Tests.Support;

namespace Attest.Ingest.Tests;

public sealed class BlobStoreTests
{
    private static readonly byte[] Report = Encoding.UTF8.GetBytes(
        "VALDOR, MAR 3 /NPA/ – Valdoria said on Tuesday that Kestrian artillery had shelled three villages. (Fictional.)");

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public void Put_stores_the_bytes_under_their_hash_split_after_two_digits()
    {
        using var folder = new TempFolder();
        var store = new BlobStore(folder.Path);
        var sha = Sha(Report);

        Assert.True(store.Put(sha, Report.AsMemory()));

        var expected = Path.Combine(folder.Path, sha[..2], sha[2..]);
        Assert.Equal(expected, store.PathOf(sha));
        Assert.Equal(Report, File.ReadAllBytes(expected));
        Assert.True(store.Exists(sha));
        Assert.Equal(Report, store.ReadAllBytes(sha));
        using var stream = store.Open(sha);
        Assert.Equal(Report.Length, stream.Length);
    }

    [Fact]
    public void Putting_the_same_bytes_again_writes_nothing_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var store = new BlobStore(folder.Path);
        var sha = Sha(Report);
        store.Put(sha, Report.AsSpan());
        var written = File.GetLastWriteTimeUtc(store.PathOf(sha));

        Assert.False(store.Put(sha, Report.AsSpan()));

        Assert.Equal(written, File.GetLastWriteTimeUtc(store.PathOf(sha)));
        Assert.Equal([store.PathOf(sha)], Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Put_refuses_bytes_that_do_not_hash_to_the_given_name()
    {
        using var folder = new TempFolder();
        var store = new BlobStore(folder.Path);
        var wrong = Sha(Encoding.UTF8.GetBytes("other text"));

        Assert.Throws<ArgumentException>(() => store.Put(wrong, Report.AsSpan()));
        Assert.False(store.Exists(wrong));
    }

    [Fact]
    public void Verify_is_ok_for_intact_bytes_and_notices_one_changed_byte()
    {
        using var folder = new TempFolder();
        var store = new BlobStore(folder.Path);
        var sha = Sha(Report);
        store.Put(sha, Report.AsMemory());
        Assert.Equal(BlobCheck.Ok, store.Verify(sha));

        var tampered = (byte[])Report.Clone();
        tampered[20] ^= 0x01;
        File.WriteAllBytes(store.PathOf(sha), tampered);

        Assert.Equal(BlobCheck.Changed, store.Verify(sha));
    }

    [Fact]
    public void Verify_notices_a_missing_blob()
    {
        using var folder = new TempFolder();
        var store = new BlobStore(folder.Path);
        var sha = Sha(Report);
        store.Put(sha, Report.AsMemory());
        File.Delete(store.PathOf(sha));

        Assert.Equal(BlobCheck.Missing, store.Verify(sha));
        Assert.Equal(BlobCheck.Missing, store.Verify(Sha(Encoding.UTF8.GetBytes("never stored"))));
    }

    [Fact]
    public void Upper_case_hashes_name_the_same_blob()
    {
        using var folder = new TempFolder();
        var store = new BlobStore(folder.Path);
        var sha = Sha(Report);
        store.Put(sha.ToUpperInvariant(), Report.AsMemory());

        Assert.True(store.Exists(sha));
        Assert.Equal(BlobCheck.Ok, store.Verify(sha.ToUpperInvariant()));
    }

    [Fact]
    public void A_name_that_is_not_a_sha256_is_refused()
    {
        var store = new BlobStore(Path.GetTempPath());

        Assert.Throws<ArgumentException>(() => store.Exists("../../etc/passwd"));
        Assert.Throws<ArgumentException>(() => store.Verify("abc"));
    }
}
