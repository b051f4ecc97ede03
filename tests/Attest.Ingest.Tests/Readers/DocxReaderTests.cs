using Attest.Ingest.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Attest.Ingest.Tests.Readers;

public sealed class DocxReaderTests
{
    private static readonly string[] Paragraphs =
    [
        "Statement of the Sarn Valley Relief Coalition (fictional)",
        "Our teams estimate that between 4,000 and 5,000 people have left the villages of Orsk and Lenta.",
        "\"Whoever fired first, the people paying for it are the same,\" said Elin Varga.",
    ];

    private static byte[] Statement()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var text in Paragraphs)
            {
                body.Append(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
                body.Append(new Paragraph()); // An empty paragraph, as Word leaves between blocks.
            }

            main.Document = new Document(body);
            document.PackageProperties.Title = "Displacement after the March clashes";
            document.PackageProperties.Creator = "Elin Varga";
            document.PackageProperties.Created = new DateTime(2026, 3, 6, 9, 0, 0, DateTimeKind.Utc);
        }

        return stream.ToArray();
    }

    [Fact]
    public async Task Docx_paragraphs_and_core_properties_are_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("statement.docx", Statement());

        var source = await Capture.OneSourceAsync(path);

        Assert.Equal(string.Join("\n\n", Paragraphs), source.Text);
        Assert.Equal("Displacement after the March clashes", source.Metadata.Title);
        Assert.Equal("Elin Varga", source.Metadata.Author);
        Assert.Equal(new DateOnly(2026, 3, 6), source.Metadata.Published);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", source.Metadata.MediaType);
    }

    [Fact]
    public async Task Docx_with_damaged_bytes_is_one_clear_failure()
    {
        using var folder = new TempFolder();
        var bytes = Statement();
        var path = folder.Write("damaged.docx", bytes[..(bytes.Length / 2)]);

        var failure = await Capture.OneFailureAsync(path);

        Assert.Equal(path, failure.Input);
        Assert.StartsWith("is not a readable DOCX", failure.Reason, StringComparison.Ordinal);
    }
}
