using Attest.Ingest.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Attest.Ingest.Tests.Readers;

public sealed class PdfReaderTests
{
    private const string FirstPage = "The observer mission found 23 craters near Orsk.";
    private const string SecondPage = "Both governments claimed the findings supported their account.";

    private static byte[] TwoPageReport()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.DocumentInformation.Title = "Observer mission report on Orsk (fictional)";
        builder.DocumentInformation.Author = "Sarn Valley Observer Mission";
        builder.DocumentInformation.CreationDate = "D:20260310120000+01'00'";
        builder.AddPage(PageSize.A4).AddText(FirstPage, 12, new PdfPoint(50, 750), font);
        builder.AddPage(PageSize.A4).AddText(SecondPage, 12, new PdfPoint(50, 750), font);
        return builder.Build();
    }

    [Fact]
    public async Task Pdf_text_is_read_page_by_page_in_order_with_its_document_info()
    {
        using var folder = new TempFolder();
        var path = folder.Write("report.pdf", TwoPageReport());

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal($"{FirstPage}\n\n{SecondPage}", source.Text);
        Assert.Equal("Observer mission report on Orsk (fictional)", source.Metadata.Title);
        Assert.Equal("Sarn Valley Observer Mission", source.Metadata.Author);
        Assert.Equal(new DateOnly(2026, 3, 10), source.Metadata.Published);
        Assert.Equal("application/pdf", source.Metadata.MediaType);
    }

    [Fact]
    public async Task Pdf_is_recognised_by_its_header_whatever_the_file_is_called()
    {
        using var folder = new TempFolder();
        var path = folder.Write("download", TwoPageReport());

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal("application/pdf", source.Metadata.MediaType);
    }

    [Fact]
    public async Task Truncated_pdf_is_one_clear_failure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("truncated.pdf", TwoPageReport()[..200]);

        var failure = await Capture.OneFailureAsync(path);

        Assert.Equal(path, failure.Input);
        Assert.StartsWith("is not a readable PDF", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_named_pdf_without_a_pdf_header_is_a_failure_saying_so()
    {
        using var folder = new TempFolder();
        var path = folder.Write("fake.pdf", "this is not a PDF at all, just words in a file"u8.ToArray());

        var failure = await Capture.OneFailureAsync(path);

        Assert.Equal("is not a readable PDF: it has no PDF header", failure.Reason);
    }
}
