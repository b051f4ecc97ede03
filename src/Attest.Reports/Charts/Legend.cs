using System.Xml.Linq;

namespace Attest.Reports.Charts;

/// <summary>A two-column legend of colour swatches under a chart.</summary>
internal static class Legend
{
    public static void Add(XElement svg, IReadOnlyList<string> series, double left, double top, double width)
    {
        for (var i = 0; i < series.Count; i++)
        {
            var x = left + (i % 2) * (width / 2);
            var y = top + (i / 2) * 16;
            svg.Add(Svg.Rect(x, y, 10, 10, Palette.Colour(i)), Svg.Text(x + 14, y + 9, series[i]));
        }
    }
}
