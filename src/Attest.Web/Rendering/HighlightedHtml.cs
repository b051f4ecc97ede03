using System.Net;
using System.Text;

namespace Attest.Web.Rendering;

/// <summary>Writes highlighted segments as HTML with nothing between them, so a pre-wrapped document keeps exactly its own spacing.</summary>
public static class HighlightedHtml
{
    public static string Of(IReadOnlyList<TextSegment> segments)
    {
        var html = new StringBuilder();
        foreach (var segment in segments)
        {
            var text = WebUtility.HtmlEncode(segment.Text);
            if (segment.Annotations.Count == 0)
            {
                html.Append(text);
                continue;
            }

            var classes = string.Join(' ', segment.Annotations.Select(a => a.Kind == "entity" ? "entity " + a.Subtype : a.Kind).Distinct());
            var ids = string.Join(' ', segment.Annotations.Select(a => a.Id));
            var title = string.Join("\n", segment.Annotations.Select(a => a.Label));
            html.Append("<span class=\"").Append(WebUtility.HtmlEncode(classes)).Append("\" data-items=\"").Append(WebUtility.HtmlEncode(ids))
                .Append("\" title=\"").Append(WebUtility.HtmlEncode(title)).Append("\">").Append(text).Append("</span>");
        }

        return html.ToString();
    }
}
