using Attest.Ingest.Reading;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Attest.Ingest.Readers;

/// <summary>Reads a Word document's body paragraphs (separated by a blank line) and its core properties: title, creator, created.</summary>
internal sealed class DocxReader : ISourceReader
{
    public IReadOnlyCollection<ContentKind> Kinds { get; } = [ContentKind.Docx];

    public ReadDocument Read(RawInput input, ContentKind kind)
    {
        try
        {
            using var stream = new MemoryStream(input.Bytes.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnreadableSourceException("is not a readable DOCX: it has no document body");

            var paragraphs = body.Descendants<Paragraph>()
                .Select(p => p.InnerText.Trim())
                .Where(p => p.Length > 0);
            var text = string.Join("\n\n", paragraphs);

            var properties = document.PackageProperties;
            return new ReadDocument(
                text,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Title: Clean(properties.Title),
                Author: Clean(properties.Creator),
                Published: properties.Created is { } created ? DateOnly.FromDateTime(created) : null);
        }
        catch (UnreadableSourceException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // The SDK reports a damaged package as several exception types (InvalidData, OpenXmlPackage, Xml…).
            throw new UnreadableSourceException($"is not a readable DOCX: {ex.Message}", ex);
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
