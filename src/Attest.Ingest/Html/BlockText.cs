using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Attest.Ingest.Html;

/// <summary>Renders a DOM subtree as readable text: whitespace collapsed, one blank line between blocks (paragraphs, headings, items).</summary>
internal static class BlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tr", "ul", "details", "summary", "caption",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "head", "button", "select", "canvas", "object",
    };

    /// <summary>The text of an HTML document or fragment (such as a feed item's description).</summary>
    public static string OfHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return Of((INode?)document.Body ?? document);
    }

    public static string Of(INode root)
    {
        var state = new Writer();
        Walk(root, state, preformatted: false);
        return state.ToString();
    }

    private static void Walk(INode node, Writer writer, bool preformatted)
    {
        switch (node)
        {
            case IText text:
                writer.Append(text.Data, preformatted);
                return;
            case IElement element when Skipped.Contains(element.LocalName):
                return;
            case IElement { LocalName: "br" }:
                writer.LineBreak();
                return;
            case IElement { LocalName: "td" or "th" } cell:
                // Cells sit side by side in a row; without a space their words would run together.
                writer.Space();
                foreach (var child in cell.ChildNodes)
                {
                    Walk(child, writer, preformatted);
                }

                writer.Space();
                return;
            case IElement element:
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    writer.BlockBreak();
                }

                var pre = preformatted || element.LocalName == "pre";
                foreach (var child in element.ChildNodes)
                {
                    Walk(child, writer, pre);
                }

                if (block)
                {
                    writer.BlockBreak();
                }

                return;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Walk(child, writer, preformatted);
                }

                return;
        }
    }

    /// <summary>Accumulates text, deferring breaks and spaces until the next visible character so none pile up.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder text = new();
        private string pending = "";

        public void Append(string data, bool preformatted)
        {
            foreach (var c in data)
            {
                if (preformatted && c == '\n')
                {
                    LineBreak();
                }
                else if (c is '\u00AD' or '\u200B' or '\uFEFF')
                {
                    // Soft hyphens and zero-width spaces only hint at line breaks; left in, they split names ("Kash\u00ADmir").
                }
                else if (char.IsWhiteSpace(c))
                {
                    if (pending.Length == 0 && text.Length > 0)
                    {
                        pending = " ";
                    }
                }
                else
                {
                    if (text.Length > 0)
                    {
                        text.Append(pending);
                    }

                    pending = "";
                    text.Append(c);
                }
            }
        }

        public void LineBreak()
        {
            if (pending != "\n\n")
            {
                pending = "\n";
            }
        }

        public void BlockBreak() => pending = "\n\n";

        public void Space()
        {
            if (pending.Length == 0 && text.Length > 0)
            {
                pending = " ";
            }
        }

        public override string ToString() => text.ToString();
    }
}
