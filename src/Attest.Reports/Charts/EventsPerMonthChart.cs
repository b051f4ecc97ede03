using System.Globalization;
using System.Xml.Linq;

namespace Attest.Reports.Charts;

/// <summary>A stacked column chart as inline SVG: events per month (category <c>yyyy-MM</c>), stacked by type, with a legend.</summary>
public static class EventsPerMonthChart
{
    private const double Left = 40, Top = 24, Bottom = 56, BarArea = 620, PlotHeight = 200, LegendRow = 16;

    /// <summary>Months without events between the first and the last are drawn empty, so gaps in time show as gaps.</summary>
    public static string Render(IReadOnlyList<ChartBar> bars, string title = "Events per month, by type")
    {
        var months = Months(bars.Select(b => b.Category).ToList());
        var series = bars.Select(b => b.Series).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var totals = months.ToDictionary(m => m, m => bars.Where(b => b.Category == m).Sum(b => b.Count), StringComparer.Ordinal);
        var max = Math.Max(1, totals.Values.DefaultIfEmpty(0).Max());
        var legendHeight = (series.Count + 1) / 2 * LegendRow + 8;
        var width = Left + BarArea + 20;
        var height = Top + PlotHeight + Bottom + legendHeight;
        var svg = Svg.Root(width, height, title, "attest-chart events-per-month");
        svg.Add(Svg.Text(Left, 14, title));
        if (months.Count == 0)
        {
            svg.Add(Svg.Text(Left + BarArea / 2, Top + PlotHeight / 2, "no dated events", "middle"));
            return Svg.Serialize(svg);
        }

        var step = Scale.NiceStep(max);
        for (var tick = 0; tick <= max; tick += step)
        {
            var y = Top + PlotHeight - tick * PlotHeight / max;
            svg.Add(Svg.Line(Left, y, Left + BarArea, y, "#dddddd"), Svg.Text(Left - 4, y + 4, tick.ToString(CultureInfo.InvariantCulture), "end"));
        }

        var slot = BarArea / months.Count;
        var barWidth = Math.Max(2, slot * 0.8);
        var labelEvery = Math.Max(1, (int)Math.Ceiling(months.Count / (BarArea / 34)));
        for (var i = 0; i < months.Count; i++)
        {
            var x = Left + i * slot + (slot - barWidth) / 2;
            var y = Top + PlotHeight;
            foreach (var (name, index) in series.Select((s, k) => (s, k)))
            {
                var count = bars.Where(b => b.Category == months[i] && b.Series == name).Sum(b => b.Count);
                if (count == 0)
                {
                    continue;
                }

                var h = count * PlotHeight / max;
                y -= h;
                svg.Add(Svg.Rect(x, y, barWidth, h, Palette.Colour(index), $"{months[i]}: {count} × {name}"));
            }

            if (i % labelEvery == 0)
            {
                var lx = x + barWidth / 2;
                var ly = Top + PlotHeight + 12;
                svg.Add(Svg.Text(lx, ly, months[i], "end", $"rotate(-45 {Svg.N(lx)} {Svg.N(ly)})"));
            }
        }

        svg.Add(Svg.Line(Left, Top + PlotHeight, Left + BarArea, Top + PlotHeight, "#333333"));
        Legend.Add(svg, series, Left, Top + PlotHeight + Bottom, BarArea);
        return Svg.Serialize(svg);
    }

    // Every month from the first to the last; categories that are not months are kept, in order, after them.
    private static List<string> Months(IReadOnlyList<string> categories)
    {
        var parsed = categories
            .Select(c => DateOnly.TryParseExact(c + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .Where(d => d is not null).Select(d => d!.Value).ToList();
        var months = new List<string>();
        if (parsed.Count > 0)
        {
            for (var m = parsed.Min(); m <= parsed.Max(); m = m.AddMonths(1))
            {
                months.Add(m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            }
        }

        months.AddRange(categories.Where(c => !months.Contains(c)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return months;
    }
}
