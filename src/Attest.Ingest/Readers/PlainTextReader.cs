using Attest.Ingest.Reading;

namespace Attest.Ingest.Readers;

/// <summary>Reads plain text and Markdown as they are; the title is the first non-empty line (without Markdown heading marks).
/// Markdown may open with YAML front matter, which becomes metadata and is left out of the text.</summary>
internal sealed class PlainTextReader : ISourceReader
{
    private const int MaxHeadlineLength = 160;
    private const int MinSentenceLength = 20;

    private static readonly System.Buffers.SearchValues<char> Decoration = System.Buffers.SearchValues.Create(" \t-=*_#~`+");

    public IReadOnlyCollection<ContentKind> Kinds { get; } = [ContentKind.PlainText, ContentKind.Markdown];

    public ReadDocument Read(RawInput input, ContentKind kind)
    {
        var text = TextDecoder.Decode(input.Bytes.Span, input.Charset);
        if (kind != ContentKind.Markdown)
        {
            return new ReadDocument(text, "text/plain", Title: FirstLine(text, markdown: false));
        }

        if (FrontMatter.Parse(text) is not { } front)
        {
            return new ReadDocument(text, "text/markdown", Title: FirstLine(text, markdown: true));
        }

        var body = text[front.BodyStart..];
        return new ReadDocument(
            body,
            "text/markdown",
            Title: front.Title ?? FirstLine(body, markdown: true),
            Author: front.Author,
            Outlet: front.Outlet,
            Published: front.Published,
            Url: front.Url);
    }

    /// <summary>The headline: the first line with words (for Markdown without its <c>#</c> marks). When that line is
    /// really the start of a paragraph — hard-wrapped, or too long for a headline — its first sentence, shortened.</summary>
    internal static string? FirstLine(string text, bool markdown)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].AsSpan().Trim();
            if (markdown)
            {
                line = line.TrimStart('#').Trim();
            }

            // Rules and underlines (---, ***, ===) are decoration, not a headline.
            if (!line.ContainsAnyExcept(Decoration))
            {
                continue;
            }

            var next = i + 1 < lines.Length ? lines[i + 1].AsSpan().TrimStart() : [];
            var wrapped = !next.IsEmpty && char.IsLower(next[0]);
            if (!wrapped && line.Length <= MaxHeadlineLength)
            {
                return line.ToString();
            }

            var paragraph = wrapped ? Paragraph(lines, i) : line.ToString();
            return Shorten(FirstSentence(paragraph));
        }

        return null;
    }

    private static string Paragraph(string[] lines, int first)
    {
        var parts = new List<string>();
        for (var i = first; i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]) && parts.Count < 20; i++)
        {
            parts.Add(lines[i].Trim());
        }

        return string.Join(' ', parts);
    }

    private static string FirstSentence(string paragraph)
    {
        for (var i = MinSentenceLength; i < paragraph.Length - 1; i++)
        {
            if (paragraph[i] is '.' or '?' or '!' && paragraph[i + 1] == ' ' && !char.IsUpper(paragraph[i - 1]))
            {
                return paragraph[..(i + 1)];
            }
        }

        return paragraph;
    }

    private static string Shorten(string sentence)
    {
        if (sentence.Length <= MaxHeadlineLength)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', MaxHeadlineLength);
        return string.Concat(sentence.AsSpan(0, cut > MinSentenceLength ? cut : MaxHeadlineLength).TrimEnd(" ,;:–-"), "…");
    }
}
