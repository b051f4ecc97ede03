using System.Diagnostics.CodeAnalysis;

namespace Attest.Core.Sources;

/// <summary>
/// Which stored addresses may become links: absolute http and https URLs only. Anything else (<c>javascript:</c>, <c>data:</c>,
/// <c>file:</c>, a relative path) would run script or reach the reader's own machine when clicked, so capture refuses it and
/// the web pages show any such value already stored as plain text.
/// </summary>
public static class LinkAddress
{
    /// <summary>Longest address kept: longer ones are not links people type or follow.</summary>
    public const int MaxLength = 2048;

    public static bool IsLinkable([NotNullWhen(true)] string? address) =>
        address is { Length: > 0 and <= MaxLength }
        && Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>Why <paramref name="address"/> cannot be kept as a link, or null when it can (or is absent).</summary>
    public static string? Problem(string? address) =>
        address is null || IsLinkable(address)
            ? null
            : address.Length > MaxLength
                ? $"is longer than {MaxLength} characters"
                : "is not an http or https address (only those are kept as links)";
}
