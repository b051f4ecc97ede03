using Attest.Ingest.Tests.Support;

namespace Attest.Ingest.Tests.Readers;

public sealed class EmailReaderTests
{
    [Fact]
    public async Task Saved_email_gives_its_plain_body_subject_sender_and_date()
    {
        var source = await Capture.OneSourceAsync(Fixture.Path("statement.eml"));

        Assert.Equal("Statement on the recall of the ambassador – fictional", source.Metadata.Title);
        Assert.Equal("Lia Varo, Foreign Ministry Spokeswoman <press@mfa-valdoria.example.invalid>", source.Metadata.Author);
        Assert.Equal(new DateOnly(2026, 3, 6), source.Metadata.Published);
        Assert.Equal("message/rfc822", source.Metadata.MediaType);
        Assert.Contains("VALDOR, MAR 6 – Valdoria has recalled its ambassador from Kest for consultations, the foreign ministry said on Friday.", source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("HTML version", source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_without_an_eml_name_is_recognised_by_its_mail_headers()
    {
        using var folder = new TempFolder();
        var path = folder.Write("message-0042", Fixture.Bytes("statement.eml"));

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal("message/rfc822", source.Metadata.MediaType);
    }

    [Fact]
    public async Task Html_only_email_is_read_from_its_html_part()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.eml",
            "From: Relief Coalition <field@relief.example.invalid>\r\nSubject: Convoy update (fictional)\r\nDate: Mon, 09 Mar 2026 08:00:00 +0000\r\n" +
            "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
            "<html><body><p>The convoy reached Orsk at dawn.</p><p>About 1,200 people are still in the Harrow schools. (Fictional.)</p></body></html>\r\n");

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal("The convoy reached Orsk at dawn.\n\nAbout 1,200 people are still in the Harrow schools. (Fictional.)", source.Text);
        Assert.Equal("Convoy update (fictional)", source.Metadata.Title);
    }
}
