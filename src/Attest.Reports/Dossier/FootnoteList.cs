using System.Globalization;
using Attest.Reports.Model;

namespace Attest.Reports.Dossier;

/// <summary>Numbers footnotes in the order items cite them; one passage of one source cited twice keeps its first number.</summary>
public sealed class FootnoteList(ExportSet set)
{
    private readonly List<Footnote> notes = [];
    private readonly Dictionary<(string, string), int> numbers = [];

    public IReadOnlyList<Footnote> All => notes;

    public int For(string sourceId, string itemId, string passage)
    {
        if (numbers.TryGetValue((sourceId, passage), out var number))
        {
            return number;
        }

        var source = set.Source(sourceId);
        number = notes.Count + 1;
        notes.Add(new Footnote(number, sourceId, itemId, source?.Metadata.Outlet ?? Shorten(source?.Metadata.Title),
            source?.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            source?.Metadata.CanonicalUrl ?? source?.Metadata.Url ?? source?.Metadata.Origin, passage, source?.Sha256 ?? sourceId));
        numbers[(sourceId, passage)] = number;
        return number;
    }

    // Without an outlet, the title names the source; a first line used as title can be a whole paragraph.
    private static string? Shorten(string? title) =>
        title is null ? null : "“" + (title.Length > 80 ? title[..Math.Max(40, title.LastIndexOf(' ', 79))].TrimEnd() + "…" : title) + "”";
}
