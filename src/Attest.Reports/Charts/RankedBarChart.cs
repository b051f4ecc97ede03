using System.Globalization;

namespace Attest.Reports.Charts;

/// <summary>A horizontal bar chart as inline SVG, largest first: e.g. actors by number of events.</summary>
public static class RankedBarChart
{
    private const double LabelWidth = 220, BarArea = 400, Row = 18, Top = 24;

    public static string Render(IReadOnlyList<(string Label, int Count)> items, string title = "Actors by number of events", int top = 15)
    {
        var rows = items.Where(i => i.Count > 0).OrderByDescending(i => i.Count).ThenBy(i => i.Label, StringComparer.Ordinal).Take(top).ToList();
        var max = Math.Max(1, rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        var width = LabelWidth + BarArea + 50;
        var height = Top + Math.Max(1, rows.Count) * Row + 10;
        var svg = Svg.Root(width, height, title, "attest-chart ranked-bars");
        svg.Add(Svg.Text(4, 14, title));
        if (rows.Count == 0)
        {
            svg.Add(Svg.Text(LabelWidth, Top + 12, "nothing to show"));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var y = Top + i * Row;
            var w = rows[i].Count * BarArea / max;
            var label = rows[i].Label.Length > 34 ? rows[i].Label[..33] + "…" : rows[i].Label;
            svg.Add(
                Svg.Text(LabelWidth - 6, y + 12, label, "end"),
                Svg.Rect(LabelWidth, y + 2, w, Row - 5, Palette.Colour(0), $"{rows[i].Label}: {rows[i].Count}"),
                Svg.Text(LabelWidth + w + 4, y + 12, rows[i].Count.ToString(CultureInfo.InvariantCulture)));
        }

        return Svg.Serialize(svg);
    }
}
