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
    public async Task Markdown_front_matter_becomes_metadata_and_is_left_out_of_the_text()
    {
        using var folder = new TempFolder();
        const string body = "# Council meets on the Sarn Valley\n\nNEW YORK, MAR 5 /NPA/ – The Security Council met behind closed doors on Thursday, diplomats said. (Fictional.)\n";
        var path = folder.Write("note.md",
            "---\ntitle: \"Closed consultations: no statement\"\ndate: 2026-03-05\nauthor: Petra Solvan\noutlet: Northern Press Agency\n" +
            "url: https://npa.example.invalid/council\ntags:\n  - council\n---\n" + body);

        var source = await Capture.OneSourceAsync(path, new CaptureOptions(Outlet: "ignored because the note names its outlet"));

        Assert.Equal(body, source.Text);
        Assert.Equal("Closed consultations: no statement", source.Metadata.Title);
        Assert.Equal(new DateOnly(2026, 3, 5), source.Metadata.Published);
        Assert.Equal("Petra Solvan", source.Metadata.Author);
        Assert.Equal("Northern Press Agency", source.Metadata.Outlet);
        Assert.Equal("https://npa.example.invalid/council", source.Metadata.Url);
    }

    [Fact]
    public async Task A_markdown_horizontal_rule_at_the_start_is_not_front_matter()
    {
        using var folder = new TempFolder();
        const string text = "---\nTalks resume in Geneva\n\nThe delegations met again on Monday. (Fictional.)\n";
        var path = folder.Write("rule.md", text);

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal(text, source.Text);
        Assert.Equal("Talks resume in Geneva", source.Metadata.Title);
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
