namespace Attest.Reports.Tests.Support;

/// <summary>Cuts one section out of a dossier's HTML, so assertions look only where the thing should be.</summary>
internal static class DossierSection
{
    /// <summary>The HTML from <c>id="<paramref name="id"/>"</c> to the next section's id, or to the end.</summary>
    public static string Of(string page, string id, string? nextId = null)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        return nextId is null ? page[start..] : page[start..page.IndexOf($"id=\"{nextId}\"", StringComparison.Ordinal)];
    }
}
