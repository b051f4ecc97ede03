using System.Text;
using Attest.Ingest.Tests.Support;

namespace Attest.Ingest.Tests.Readers;

public sealed class PlainTextReaderTests
{
    private const string Dispatch =
        "\n\n  Kestria rejects Valdorian account of Sarn Valley clash  \n" +
        "(Fictional text written for Attest's tests.)\n\n" +
        "KEST - Kestria on Wednesday rejected Valdoria's account of the overnight clashes, saying its soldiers had only answered fire.\n";

    [Fact]
    public async Task Plain_text_title_is_the_first_non_empty_line_and_the_text_is_kept_as_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("dispatch.txt", Dispatch);

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal("Kestria rejects Valdorian account of Sarn Valley clash", source.Metadata.Title);
        Assert.Equal(Dispatch, source.Text);
        Assert.Equal("text/plain", source.Metadata.MediaType);
        Assert.Equal(path, source.Metadata.Origin);
        Assert.Equal("en", source.Metadata.Language);
        Assert.Null(source.Metadata.Dateline);
    }

    [Fact]
    public async Task Markdown_title_drops_the_heading_marks()
    {
        var source = await Capture.OneSourceAsync(Fixture.Path("briefing-notes.md"));

        Assert.Equal("Briefing notes: humanitarian access in the Sarn Valley", source.Metadata.Title);
        Assert.Equal("text/markdown", source.Metadata.MediaType);
        Assert.StartsWith("# Briefing notes", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf16_text_with_a_byte_order_mark_is_read_without_the_mark()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Dispatch)).ToArray();
        var path = folder.Write("dispatch-utf16.txt", bytes);

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal(Dispatch, source.Text);
        Assert.Equal(bytes, source.Content.ToArray());
    }

    [Fact]
    public async Task Utf8_byte_order_mark_is_not_part_of_the_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bom.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Dispatch)).ToArray());

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal(Dispatch, source.Text);
    }

    [Fact]
    public async Task Latin1_bytes_without_a_declared_charset_are_refused_naming_the_first_bad_byte()
    {
        using var folder = new TempFolder();
        var path = folder.Write("latin1.txt", Encoding.Latin1.GetBytes("Café owners in Harrow said the road was closed."));

        var failure = await Capture.OneFailureAsync(path);

        Assert.Equal(path, failure.Input);
        Assert.Equal("is not valid UTF-8 text (byte 0xE9 at offset 3) and declares no other encoding", failure.Reason);
    }

    [Fact]
    public async Task Options_fill_metadata_that_a_plain_text_file_does_not_carry()
    {
        using var folder = new TempFolder();
        var path = folder.Write("dispatch.txt", Dispatch);
        var options = new CaptureOptions(
            Published: new DateOnly(2026, 3, 4), Outlet: "Kest Morning Wire", Author: "Mara Tesk", Url: "https://wire.example.invalid/a");

        var source = await Capture.OneSourceAsync(path, options);

        Assert.Equal(new DateOnly(2026, 3, 4), source.Metadata.Published);
        Assert.Equal("Kest Morning Wire", source.Metadata.Outlet);
        Assert.Equal("Mara Tesk", source.Metadata.Author);
        Assert.Equal("https://wire.example.invalid/a", source.Metadata.Url);
    }
}
