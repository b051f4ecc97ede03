using System.Globalization;
using Attest.Ingest.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Attest.Ingest.Readers;

/// <summary>Reads a PDF's text page by page in content order (pages separated by a blank line), and title/author/date from its info.</summary>
internal sealed class PdfReader : ISourceReader
{
    public IReadOnlyCollection<ContentKind> Kinds { get; } = [ContentKind.Pdf];

    public ReadDocument Read(RawInput input, ContentKind kind)
    {
        if (input.Bytes.Span.IndexOf("%PDF-"u8) < 0)
        {
            throw new UnreadableSourceException("is not a readable PDF: it has no PDF header");
        }

        try
        {
            using var document = PdfDocument.Open(input.Bytes, new ParsingOptions { UseLenientParsing = true });
            var pages = new List<string>(document.NumberOfPages);
            foreach (var page in document.GetPages())
            {
                var pageText = ContentOrderTextExtractor.GetText(page).Trim();
                if (pageText.Length > 0)
                {
                    pages.Add(pageText);
                }
            }

            if (pages.Count == 0)
            {
                throw new UnreadableSourceException(
                    $"has no extractable text in its {document.NumberOfPages} page(s) (a scan without a text layer needs OCR first)");
            }

            var info = document.Information;
            return new ReadDocument(
                string.Join("\n\n", pages),
                "application/pdf",
                Title: Clean(info.Title),
                Author: Clean(info.Author),
                Published: Created(info.CreationDate));
        }
        catch (UnreadableSourceException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // PdfPig throws many exception types for damaged files; each means the same thing to the user.
            throw new UnreadableSourceException($"is not a readable PDF: {ex.Message}", ex);
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Reads the date part of a PDF date string (<c>D:20260303120000+05'00'</c>).</summary>
    private static DateOnly? Created(string? pdfDate)
    {
        if (string.IsNullOrWhiteSpace(pdfDate))
        {
            return null;
        }

        var digits = pdfDate.AsSpan().Trim();
        if (digits.StartsWith("D:"))
        {
            digits = digits[2..];
        }

        return digits.Length >= 8 && DateOnly.TryParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
