using System.Net;

namespace Attest.Web;

/// <summary>
/// Where the app may listen: plain http only on the loopback interface, since beyond it passwords and session cookies would
/// cross the network in clear. https anywhere; plain http elsewhere only when the operator says so (a TLS proxy in front).
/// </summary>
public static class ListenAddresses
{
    /// <summary>Why <paramref name="urls"/> (semicolon-separated, as Kestrel takes them) may not be used, or null when they may.</summary>
    public static string? Problem(string urls, bool allowRemote)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || allowRemote || IsLoopback(url))
            {
                continue;
            }

            return $"{url} would serve beyond this machine without TLS, so passwords and session cookies would cross the network " +
                "in clear: listen on 127.0.0.1, use an https:// address with a certificate, or pass --allow-remote when a TLS proxy " +
                "in front of Attest handles encryption";
        }

        return null;
    }

    // Kestrel's wildcards (http://*:80, http://+:80) do not parse as URIs; they, like any host name but localhost, are remote.
    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp
        && (uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address));
}
