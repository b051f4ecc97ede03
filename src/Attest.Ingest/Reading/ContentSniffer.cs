using System.Text;

namespace Attest.Ingest.Reading;

/// <summary>Recognises an input's format from its first bytes, helped by the declared media type and the file extension.</summary>
internal static class ContentSniffer
{
    private const int TextProbeBytes = 8192;

    private static readonly (byte[] Magic, string Name)[] KnownBinaries =
    [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], "a 7-Zip archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Office file (.doc/.xls); save it as .docx or PDF"),
    ];

    /// <summary>The format of the input, or <see cref="ContentKind.Binary"/> with a description when it is none we read.</summary>
    public static (ContentKind Kind, string? BinaryDescription) Sniff(RawInput input)
    {
        var bytes = input.Bytes.Span;
        var declared = input.ContentType?.ToLowerInvariant();
        var extension = input.Extension;

        // PDF readers accept junk before the header, but text that merely mentions "%PDF-" must stay text.
        var pdfHeader = bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8);
        if (pdfHeader == 0 || (pdfHeader > 0 && bytes[..pdfHeader].TrimStart(" \t\r\n\0"u8).IsEmpty))
        {
            return (ContentKind.Pdf, null);
        }

        if (bytes.StartsWith("PK\x03\x04"u8))
        {
            return bytes.IndexOf("word/document.xml"u8) >= 0 || extension == ".docx" || declared?.Contains("wordprocessingml") == true
                ? (ContentKind.Docx, null)
                : (ContentKind.Binary, "a ZIP archive, not a document Attest reads");
        }

        // A named format whose bytes do not match goes to its reader, which says what is wrong with it.
        if (extension == ".pdf" || declared == "application/pdf")
        {
            return (ContentKind.Pdf, null);
        }

        if (extension == ".docx")
        {
            return (ContentKind.Docx, null);
        }

        var bom = Bom.Detect(bytes);
        if (bom is null)
        {
            foreach (var (magic, name) in KnownBinaries)
            {
                if (bytes.StartsWith(magic))
                {
                    return (ContentKind.Binary, name);
                }
            }

            if (bytes[..Math.Min(bytes.Length, TextProbeBytes)].IndexOf((byte)0) >= 0)
            {
                return (ContentKind.Binary, "a binary file (it contains NUL bytes), not text or a document Attest reads");
            }
        }

        var head = Head(bytes, bom).TrimStart();
        if (IsEmail(head, declared, extension))
        {
            return (ContentKind.Email, null);
        }

        if (IsFeed(head, declared))
        {
            return (ContentKind.Feed, null);
        }

        if (IsHtml(head, declared, extension))
        {
            return (ContentKind.Html, null);
        }

        return extension is ".md" or ".markdown" || declared == "text/markdown"
            ? (ContentKind.Markdown, null)
            : (ContentKind.PlainText, null);
    }

    private static string Head(ReadOnlySpan<byte> bytes, Bom? bom)
    {
        // Only markup is looked for, which is ASCII in every encoding but UTF-16/32; Latin-1 never fails to decode.
        var probe = bytes[..Math.Min(bytes.Length, TextProbeBytes)];
        return bom is null
            ? Encoding.Latin1.GetString(probe)
            : bom.Encoding.GetString(probe[bom.Length..(probe.Length - ((probe.Length - bom.Length) % 4))]);
    }

    private static readonly string[] MailTransportHeaders =
        ["Return-Path:", "Received:", "Delivered-To:", "MIME-Version:", "Message-ID:", "X-Mailer:", "DKIM-Signature:"];

    /// <summary>A saved e-mail: by name or type, or by opening with the headers only a mail system writes, with a From: among them.</summary>
    private static bool IsEmail(string head, string? declared, string extension)
    {
        if (extension == ".eml" || declared == "message/rfc822")
        {
            return true;
        }

        return MailTransportHeaders.Any(h => head.StartsWith(h, StringComparison.OrdinalIgnoreCase))
            && (head.Contains("\nFrom:", StringComparison.OrdinalIgnoreCase) || head.StartsWith("From:", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsFeed(string head, string? declared)
    {
        if (declared is "application/rss+xml" or "application/atom+xml" or "application/rdf+xml")
        {
            return true;
        }

        var start = SkipXmlProlog(head);
        return start.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<rdf:RDF", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<feed", StringComparison.OrdinalIgnoreCase) && head.Contains("http://www.w3.org/2005/Atom", StringComparison.Ordinal));
    }

    private static bool IsHtml(string head, string? declared, string extension)
    {
        if (declared is "text/html" or "application/xhtml+xml" || extension is ".html" or ".htm" or ".xhtml")
        {
            return true;
        }

        var start = SkipXmlProlog(head);
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<body", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Skips the XML declaration, comments, processing instructions and a non-HTML doctype before the root element.</summary>
    private static string SkipXmlProlog(string head)
    {
        var rest = head.AsSpan().TrimStart();
        while (rest.StartsWith("<?") || rest.StartsWith("<!--") || (rest.StartsWith("<!") && !rest.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)))
        {
            var close = rest.StartsWith("<!--") ? rest.IndexOf("-->") + 3 : rest.IndexOf('>') + 1;
            if (close <= 0)
            {
                break;
            }

            rest = rest[close..].TrimStart();
        }

        return rest.ToString();
    }
}
