namespace Attest.Web;

/// <summary>
/// The headers every response carries: a Content-Security-Policy that runs only the site's own script and style files (so text
/// that slipped through escaping still cannot run), no MIME sniffing, no referrer to other sites, and no framing.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>No inline script or style anywhere: the review script is <c>/site.js</c>, every style is in <c>/site.css</c>.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; " +
        "base-uri 'none'; frame-ancestors 'none'; object-src 'none'";

    public static void Add(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // For browsers that predate frame-ancestors.
        headers.XFrameOptions = "DENY";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
