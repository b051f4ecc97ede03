using System.Text;
using Attest.Ingest.Tests.Support;

namespace Attest.Ingest.Tests;

public sealed class SourceCaptureTests
{
    private const string GoodReport =
        "Relief convoy reaches Orsk\n\nHARROW, MAR 18 – A relief convoy of twelve trucks reached Orsk on Wednesday, the first since the clashes, " +
        "aid workers said. (Fictional text for tests.)\n";

    [Fact]
    public async Task Each_broken_input_in_a_folder_is_one_failure_and_the_good_ones_still_come_through()
    {
        using var folder = new TempFolder();
        var good = folder.Write("a-good.txt", GoodReport);
        var goodMd = folder.Write("sub/b-good.md", Fixture.Text("briefing-notes.md"));
        var broken = new Dictionary<string, string>
        {
            [folder.Write("binary.dat", [0x01, 0x02, 0x00, 0x00, 0x17, 0x42, 0x00, 0x9A])] = "is a binary file (it contains NUL bytes), not text or a document Attest reads",
            [folder.Write("empty.txt", [])] = "is empty",
            [folder.Write("huge.txt", Encoding.UTF8.GetBytes(new string('x', 3000)))] = "is 2.9 KB, over the 2 KB limit",
            [folder.Write("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9"))] = "is not valid UTF-8 text (byte 0xE9 at offset 3) and declares no other encoding",
            [folder.Write("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00])] = "is a PNG image",
            [folder.Write("fake.pdf", "not a pdf"u8.ToArray())] = "is not a readable PDF: it has no PDF header",
            [folder.Write("fake.docx", "not a docx"u8.ToArray())] = "is not a readable DOCX",
            [folder.Write("no-items.rss", Fixture.Bytes("empty.rss"))] = "is a feed with no items",
            [folder.Write("blank.html", "<html><body>   </body></html>")] = "has no text after extraction",
            [folder.Write("whitespace.txt", "  \n\n \t ")] = "has no text after extraction",
        };

        var results = await Capture.AllAsync(folder.Path, new CaptureOptions(MaxBytes: 2048));

        Assert.Equal(broken.Count + 2, results.Count);
        Assert.Equal([good, goodMd], results.Where(r => r.Source is not null).Select(r => r.Source!.Metadata.Origin));
        foreach (var (path, reason) in broken)
        {
            var failure = Assert.Single(results, r => r.Failure?.Input == path).Failure!;
            Assert.StartsWith(reason, failure.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Text_that_mentions_a_pdf_header_is_still_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.txt", "Analysts noted the leaked file began with %PDF-1.7 like any other PDF. (Fictional.)");

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal("text/plain", source.Metadata.MediaType);
    }

    [Fact]
    public async Task A_missing_path_is_named_in_its_failure()
    {
        var path = Path.Combine(Path.GetTempPath(), "attest-no-such-" + Guid.NewGuid().ToString("N"), "report.txt");

        var failure = await Capture.OneFailureAsync(path);

        Assert.Equal(path, failure.Input);
        Assert.Equal("no such file or folder", failure.Reason);
        Assert.Equal($"{path}: no such file or folder", failure.ToString());
    }

    [Fact]
    public async Task An_address_that_is_not_http_is_refused_by_scheme()
    {
        var failure = await Capture.OneFailureAsync("ftp://wire.example.invalid/report.txt");

        Assert.Equal("uses the ftp: scheme; only http and https addresses are fetched", failure.Reason);
    }

    [Fact]
    public async Task A_file_url_reads_the_local_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("report.txt", GoodReport);

        var source = await Capture.OneSourceAsync(new Uri(path).AbsoluteUri);

        Assert.Equal(path, source.Metadata.Origin);
        Assert.Equal(GoodReport, source.Text);
    }

    [Fact]
    public async Task A_device_that_never_ends_is_refused_at_the_size_limit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // Only Unix has the device; the bounded read it pins is the same code everywhere.
        }

        var failure = await Capture.OneFailureAsync("/dev/zero", new CaptureOptions(MaxBytes: 4096));

        Assert.Equal("is over the 4 KB limit", failure.Reason);
    }

    [Fact]
    public async Task A_folder_is_read_recursively_in_sorted_order_skipping_hidden_entries()
    {
        using var folder = new TempFolder();
        folder.Write("b/02.txt", GoodReport.Replace("twelve", "two"));
        folder.Write("a.txt", GoodReport);
        folder.Write("b/01.txt", GoodReport.Replace("twelve", "one"));
        folder.Write("c.md", GoodReport.Replace("twelve", "three"));
        folder.Write(".git/config", "[core]\nbare = false\n");
        folder.Write(".attest/blobs/ab/cdef", GoodReport.Replace("twelve", "hidden"));
        folder.Write("b/.notes.txt", GoodReport.Replace("twelve", "secret"));

        var results = await Capture.AllAsync(folder.Path);

        var relative = results.Select(r => Path.GetRelativePath(folder.Path, r.Source!.Metadata.Origin).Replace('\\', '/'));
        Assert.Equal(["a.txt", "b/01.txt", "b/02.txt", "c.md"], relative);
    }

    [Fact]
    public async Task A_folder_with_nothing_to_read_is_one_failure()
    {
        using var folder = new TempFolder();
        folder.Write(".hidden", GoodReport);

        var failure = await Capture.OneFailureAsync(folder.Path);

        Assert.Equal(folder.Path, failure.Input);
        Assert.StartsWith("is a folder with no files to read", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_bytes_give_the_same_hash_wherever_they_come_from()
    {
        using var folder = new TempFolder();
        var first = await Capture.OneSourceAsync(folder.Write("one/report.txt", GoodReport));
        var second = await Capture.OneSourceAsync(folder.Write("two/copy.txt", GoodReport));
        var edited = await Capture.OneSourceAsync(folder.Write("three/edited.txt", GoodReport + " "));

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(GoodReport)));
        Assert.Equal(expected, first.Sha256);
        Assert.Equal(expected, second.Sha256);
        Assert.Equal(expected[..12], first.Id);
        Assert.NotEqual(expected, edited.Sha256);
    }

    [Fact]
    public async Task Stdin_is_read_as_a_source_named_stdin()
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(GoodReport));

        var source = await Capture.OneSourceAsync(SourceCapture.StdinInput, new CaptureOptions(Stdin: stdin, Published: new DateOnly(2026, 3, 18)));

        Assert.Equal("stdin", source.Metadata.Origin);
        Assert.Equal(GoodReport, source.Text);
        Assert.Equal("Relief convoy reaches Orsk", source.Metadata.Title);
        Assert.Equal(new DateOnly(2026, 3, 18), source.Metadata.Published);
    }

    [Fact]
    public async Task Stdin_over_the_size_limit_is_refused()
    {
        using var stdin = new MemoryStream(new byte[5000]);

        var failure = await Capture.OneFailureAsync(SourceCapture.StdinInput, new CaptureOptions(Stdin: stdin, MaxBytes: 4096));

        Assert.Equal("stdin", failure.Input);
        Assert.Equal("is over the 4 KB limit", failure.Reason);
    }

    [Fact]
    public async Task Fetch_time_is_stamped_by_the_configured_clock()
    {
        var now = new DateTimeOffset(2026, 3, 18, 10, 0, 0, TimeSpan.Zero);
        var capture = new SourceCaptureBuilder().UseDefaultReaders().UseClock(new FixedClock(now)).Build();
        using var folder = new TempFolder();
        var path = folder.Write("report.txt", GoodReport);

        var results = new List<Attest.Core.Sources.CaptureResult>();
        await foreach (var result in capture.CaptureAsync(path, CaptureOptions.Default))
        {
            results.Add(result);
        }

        Assert.Equal(now, Assert.Single(results).Source!.Metadata.FetchedAt);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
