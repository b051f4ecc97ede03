using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Attest.Web.Tests;

/// <summary>Pages fetched with a signed-in client and parsed, so tests read what a reader sees in each cell rather than grep markup.</summary>
public static class HtmlPages
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> Get(HttpClient client, string path) => Parser.ParseDocument(await client.GetStringAsync(path));

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>A table row's cells, each as <see cref="Text"/>, joined by " | ".</summary>
    public static string Cells(IElement row) => string.Join(" | ", row.Children.Select(Text));

    /// <summary>The text of an element with runs of white space made one space, as a browser shows it.</summary>
    public static string Text(IElement element) => Squeezed(element.TextContent);

    /// <summary><paramref name="text"/> with runs of white space made one space, trimmed.</summary>
    public static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
