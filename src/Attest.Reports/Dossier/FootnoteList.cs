using System.Globalization;
using Attest.Reports.Model;

namespace Attest.Reports.Dossier;

/// <summary>Numbers footnotes in the order items cite them; one passage of one source cited twice keeps its first number.</summary>
public sealed class FootnoteList(ExportSet set)
{
    private readonly List<Footnote> notes = [];
    private readonly Dictionary<(string, string), int> numbers = [];

    public IReadOnlyList<Footnote> All => notes;

    /// <summary>The note for a passage of a source in the export set.</summary>
    public int For(string sourceId, string itemId, string passage)
    {
        var source = set.Source(sourceId);
        return For(sourceId, itemId, passage, source?.Metadata.Outlet ?? Shorten(source?.Metadata.Title),
            source?.Metadata.Published, source?.Metadata.CanonicalUrl ?? source?.Metadata.Url ?? source?.Metadata.Origin, source?.Sha256 ?? sourceId);
    }

    /// <summary>The note for a passage of any stored source (a cluster member or a denial may come from outside the selection).</summary>
    public int For(string sourceId, string itemId, string passage, string? outlet, DateOnly? published, string? url, string sha256)
    {
        if (numbers.TryGetValue((sourceId, passage), out var number))
        {
            return number;
        }

        number = notes.Count + 1;
        notes.Add(new Footnote(number, sourceId, itemId, outlet, published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), url, passage, sha256));
        numbers[(sourceId, passage)] = number;
        return number;
    }

    // Without an outlet, the title names the source; a first line used as title can be a whole paragraph.
    public static string? Shorten(string? title) =>
        title is null ? null : "“" + (title.Length > 80 ? title[..Math.Max(40, title.LastIndexOf(' ', 79))].TrimEnd() + "…" : title) + "”";
}
