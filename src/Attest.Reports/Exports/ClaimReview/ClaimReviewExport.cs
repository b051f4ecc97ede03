using System.Text.Encodings.Web;
using System.Text.Json;
using Attest.Reports.Model;

namespace Attest.Reports.Exports.ClaimReview;

/// <summary>
/// schema.org ClaimReview as JSON-LD for claims that have a corroboration status: what was claimed, by whom and where it appeared,
/// and the status as the rating's <c>alternateName</c>. Attest rates support, not truth, so no numeric rating is given.
/// </summary>
public static class ClaimReviewExport
{
    /// <returns>How many claims were written (those without a status are left out: nothing has been reviewed about them).</returns>
    public static int Write(ExportSet set, Stream output, string reviewer)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteStartArray("@graph");
        var written = 0;
        foreach (var c in set.Claims.Where(c => c.Status is not null))
        {
            json.WriteStartObject();
            json.WriteString("@type", "ClaimReview");
            json.WriteString("identifier", c.Id);
            json.WriteString("claimReviewed", c.Passage);
            if (c.Published is { } published)
            {
                json.WriteString("datePublished", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteStartObject("author");
            json.WriteString("@type", "Organization");
            json.WriteString("name", reviewer);
            json.WriteEndObject();
            json.WriteStartObject("itemReviewed");
            json.WriteString("@type", "Claim");
            json.WriteStartObject("author");
            json.WriteString("@type", c.SpeakerKind == "person" ? "Person" : "Organization");
            json.WriteString("name", Speaker(c));
            json.WriteEndObject();
            json.WriteStartObject("appearance");
            json.WriteString("@type", "CreativeWork");
            if (c.Url is not null)
            {
                json.WriteString("url", c.Url);
            }

            json.WriteString("identifier", "sha256:" + c.Sha256);
            json.WriteString("datePublished", c.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", c.Outlet);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("reviewRating");
            json.WriteString("@type", "Rating");
            json.WriteString("alternateName", c.Status);
            json.WriteEndObject();
            json.WriteEndObject();
            written++;
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
        return written;
    }

    private static string Speaker(ExportedClaim c) => c.SpeakerKind switch
    {
        "anonymous" => "unnamed source" + (c.Speaker?.Name is { } n ? $" ({n})" : ""),
        "author" => c.Outlet is { } outlet ? $"author of the report in {outlet}" : "author of the report",
        _ => c.Speaker?.Label ?? c.Speaker?.Name ?? c.SpeakerKind,
    };
}
