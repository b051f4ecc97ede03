using System.Globalization;
using System.Net;
using System.Text;

namespace Attest.Web.Rendering;

/// <summary>Draws events per month as a stacked bar chart in plain SVG, rendered on the server (no script, no external library).</summary>
public static class MonthChart
{
    private static readonly string[] Palette = ["#0b4f9c", "#a1261b", "#2e7d32", "#8a6100", "#6a3d9a", "#00838f", "#5d4037", "#c2185b", "#455a64", "#ef6c00"];

    /// <param name="counts">(month "YYYY-MM", series, count) rows; the ten largest series get their own colour, the rest are "other".</param>
    public static string Svg(IReadOnlyList<(string Month, string Series, int Count)> counts, string title)
    {
        var series = counts.GroupBy(c => c.Series).OrderByDescending(g => g.Sum(c => c.Count)).Select(g => g.Key).Take(Palette.Length - 1).ToList();
        string SeriesOf(string s) => series.Contains(s) ? s : "other";
        var legend = counts.Any(c => !series.Contains(c.Series)) ? [.. series, "other"] : series;
        var months = counts.Select(c => c.Month).Distinct().Order(StringComparer.Ordinal).ToList();
        var totals = months.ToDictionary(m => m, m => counts.Where(c => c.Month == m).Sum(c => c.Count));
        var max = Math.Max(1, totals.Values.DefaultIfEmpty(0).Max());
        const int left = 40, top = 20, height = 200, barGap = 4;
        var barWidth = Math.Clamp(700 / Math.Max(1, months.Count), 8, 40);
        var width = left + months.Count * (barWidth + barGap) + 200;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\" width=\"{width}\" height=\"{height + 70}\" viewBox=\"0 0 {width} {height + 70}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + height}\" x2=\"{left + months.Count * (barWidth + barGap)}\" y2=\"{top + height}\" stroke=\"#4a5561\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{top + 4}\" text-anchor=\"end\">{max}</text><text x=\"{left - 6}\" y=\"{top + height}\" text-anchor=\"end\">0</text>");
        for (var i = 0; i < months.Count; i++)
        {
            var month = months[i];
            var x = left + i * (barWidth + barGap);
            double y = top + height;
            foreach (var group in counts.Where(c => c.Month == month).GroupBy(c => SeriesOf(c.Series)).OrderBy(g => legend.IndexOf(g.Key)))
            {
                var n = group.Sum(c => c.Count);
                var h = (double)n / max * height;
                y -= h;
                var colour = Palette[Math.Min(legend.IndexOf(group.Key), Palette.Length - 1)];
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x}\" y=\"{y:0.#}\" width=\"{barWidth}\" height=\"{h:0.#}\" fill=\"{colour}\"><title>{month}: {n} × {WebUtility.HtmlEncode(group.Key)}</title></rect>");
            }

            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x + barWidth / 2}\" y=\"{top + height + 12}\" text-anchor=\"end\" transform=\"rotate(-50 {x + barWidth / 2} {top + height + 12})\">{month}</text>");
        }

        var legendX = left + months.Count * (barWidth + barGap) + 20;
        for (var i = 0; i < legend.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{legendX}\" y=\"{top + i * 16}\" width=\"11\" height=\"11\" fill=\"{Palette[Math.Min(i, Palette.Length - 1)]}\"/><text x=\"{legendX + 16}\" y=\"{top + i * 16 + 10}\">{WebUtility.HtmlEncode(legend[i])}</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}
