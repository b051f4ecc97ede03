using Attest.Ingest.Reading;

namespace Attest.Ingest.Readers;

/// <summary>The YAML front matter a hand-written Markdown note may open with (<c>---</c> … <c>---</c>): the simple
/// <c>key: value</c> lines Attest keeps as metadata (title, date, author, outlet, url).</summary>
internal sealed record FrontMatter(string? Title, string? Author, string? Outlet, DateOnly? Published, string? Url, int BodyStart)
{
    private const int MaxLines = 60;

    /// <summary>The front matter at the very start of the text, or null when there is none.</summary>
    public static FrontMatter? Parse(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && !text.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = text.IndexOf('\n') + 1;
        for (var line = 0; line < MaxLines && position < text.Length; line++)
        {
            var end = text.IndexOf('\n', position);
            var next = end < 0 ? text.Length : end + 1;
            var content = text.AsSpan(position, (end < 0 ? text.Length : end) - position).TrimEnd('\r');
            if (content is "---" or "...")
            {
                return new FrontMatter(
                    Value(values, "title"),
                    Value(values, "author", "authors", "byline"),
                    Value(values, "outlet", "publisher", "publication", "source", "site"),
                    PublicationDate.Parse(Value(values, "published", "date", "pubdate")),
                    Value(values, "url", "link", "canonical_url"),
                    next);
            }

            var colon = content.IndexOf(':');
            if (colon > 0 && !char.IsWhiteSpace(content[0]))
            {
                values.TryAdd(content[..colon].Trim().ToString(), content[(colon + 1)..].Trim().Trim('"').Trim('\'').ToString());
            }

            position = next;
        }

        return null; // No closing fence: a horizontal rule, not front matter.
    }

    private static string? Value(Dictionary<string, string> values, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var value) && value.Length > 0)
            {
                return value;
            }
        }

        return null;
    }
}
