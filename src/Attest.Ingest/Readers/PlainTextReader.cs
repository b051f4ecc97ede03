using Attest.Ingest.Reading;

namespace Attest.Ingest.Readers;

/// <summary>Reads plain text and Markdown as they are; the title is the first non-empty line (without Markdown heading marks).</summary>
internal sealed class PlainTextReader : ISourceReader
{
    private const int MaxTitleLength = 300;

    public IReadOnlyCollection<ContentKind> Kinds { get; } = [ContentKind.PlainText, ContentKind.Markdown];

    public ReadDocument Read(RawInput input, ContentKind kind)
    {
        var text = TextDecoder.Decode(input.Bytes.Span, input.Charset);
        var mediaType = kind == ContentKind.Markdown ? "text/markdown" : "text/plain";
        return new ReadDocument(text, mediaType, Title: FirstLine(text, kind == ContentKind.Markdown));
    }

    /// <summary>The first line with any visible text, trimmed; for Markdown without its leading <c>#</c> marks.</summary>
    internal static string? FirstLine(string text, bool markdown)
    {
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (markdown)
            {
                line = line.TrimStart('#').Trim();
            }

            if (!line.IsEmpty)
            {
                return line.Length <= MaxTitleLength ? line.ToString() : string.Concat(line[..MaxTitleLength].TrimEnd(), "…");
            }
        }

        return null;
    }
}
