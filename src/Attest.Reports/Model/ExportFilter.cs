namespace Attest.Reports.Model;

/// <summary>Which items an export or a report covers; shared by every format and the dossier. Text filters are case-insensitive substrings.</summary>
/// <param name="From">Events dated on or after this (their own date, else the source's publication date); claims and sources by publication date.</param>
/// <param name="Actor">Events whose actor or target, claims whose speaker, names this (a name part, a knowledge record id, or a country code).</param>
/// <param name="Place">Events whose place names this; with it, claims are those that report such an event.</param>
/// <param name="EventType">Events whose CAMEO code starts with this (<c>14</c> = protests); with it, claims are those that report such an event.</param>
/// <param name="Status">Items whose corroboration status is this (<c>corroborated</c>, <c>contested</c>…).</param>
/// <param name="Query">Full-text search (web syntax): only items from sources that match.</param>
/// <param name="IncludeSensitive">Keep the fields listed in <see cref="Sensitivity"/>; off by default.</param>
public sealed record ExportFilter(
    DateOnly? From = null, DateOnly? To = null, string? Actor = null, string? Place = null, string? EventType = null,
    string? Status = null, string? Query = null, bool IncludeSensitive = false)
{
    /// <summary>The filters that are set, as <c>--name value</c> text, for a report's methods section and a feed's subtitle.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                parts.Add($"--{name} {text}");
            }
        }

        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("actor", Actor);
        Add("place", Place);
        Add("event-type", EventType);
        Add("status", Status);
        Add("query", Query);
        return parts.Count == 0 ? "none (everything in the workspace)" : string.Join(" ", parts);
    }
}
