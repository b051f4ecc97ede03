using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Attest.Reports.Charts;

namespace Attest.Reports.Maps;

/// <summary>A map of event places as inline SVG: country outlines from offline data, equirectangular, framed around the points.</summary>
public static class EventMap
{
    private const double Width = 640;

    // Shown when there is nothing to place: the region the corpus is about (South Asia).
    private static readonly (double West, double South, double East, double North) DefaultFrame = (60, 5, 100, 40);

    public static string Render(IReadOnlyList<MapPoint> points, string title = "Places of events")
    {
        var (west, south, east, north) = Frame(points);
        var scale = Width / (east - west);
        var height = Math.Round((north - south) * scale, 2);
        double X(double lon) => (lon - west) * scale;
        double Y(double lat) => (north - lat) * scale;

        var svg = Svg.Root(Width, height, title, "attest-map");
        svg.Add(new XElement(Svg.Ns + "defs", new XElement(Svg.Ns + "clipPath", new XAttribute("id", "attest-map-frame"),
            Svg.Rect(0, 0, Width, height, "none"))));
        svg.Add(Svg.Rect(0, 0, Width, height, "#eef4f8"));
        var land = new XElement(Svg.Ns + "g", new XAttribute("clip-path", "url(#attest-map-frame)"), new XAttribute("class", "countries"),
            new XAttribute("fill", "#f4f1ea"), new XAttribute("stroke", "#9a9a9a"), new XAttribute("stroke-width", "0.6"));
        foreach (var country in CountryShapes.Default.Countries)
        {
            var path = new StringBuilder();
            foreach (var polygon in country.Polygons.Where(p => Overlaps(p[0], west, south, east, north)))
            {
                foreach (var ring in polygon)
                {
                    for (var i = 0; i < ring.Count; i++)
                    {
                        path.Append(i == 0 ? 'M' : 'L').Append(Svg.N(X(ring[i].Lon))).Append(',').Append(Svg.N(Y(ring[i].Lat)));
                    }

                    path.Append('Z');
                }
            }

            if (path.Length > 0)
            {
                land.Add(new XElement(Svg.Ns + "path", new XAttribute("d", path.ToString()), new XElement(Svg.Ns + "title", country.Name)));
            }
        }

        svg.Add(land);
        var max = Math.Max(1, points.Select(p => p.Count).DefaultIfEmpty(1).Max());
        var marks = new XElement(Svg.Ns + "g", new XAttribute("class", "places"));
        foreach (var point in points.OrderByDescending(p => p.Count))
        {
            var r = 4 + 8 * Math.Sqrt(point.Count / (double)max);
            marks.Add(new XElement(Svg.Ns + "circle",
                new XAttribute("cx", Svg.N(X(point.Lon))), new XAttribute("cy", Svg.N(Y(point.Lat))), new XAttribute("r", Svg.N(r)),
                new XAttribute("fill", Palette.Colour(3)), new XAttribute("fill-opacity", "0.75"), new XAttribute("stroke", "#ffffff"),
                new XElement(Svg.Ns + "title", $"{point.Label}: {point.Count.ToString(CultureInfo.InvariantCulture)}")));
        }

        foreach (var point in points.OrderByDescending(p => p.Count).Take(12))
        {
            marks.Add(Svg.Text(X(point.Lon) + 8, Y(point.Lat) - 6, point.Label));
        }

        svg.Add(marks);
        svg.Add(Svg.Text(Width - 4, height - 4, "Country outlines: Natural Earth 1:110m", "end"));
        if (points.Count == 0)
        {
            svg.Add(Svg.Text(Width / 2, height / 2, "no event has a place with coordinates", "middle"));
        }

        return Svg.Serialize(svg);
    }

    /// <summary>The frame around the points with a margin, at least 24° wide, landscape and never past the poles or the date line.</summary>
    internal static (double West, double South, double East, double North) Frame(IReadOnlyList<MapPoint> points)
    {
        if (points.Count == 0)
        {
            return DefaultFrame;
        }

        var west = points.Min(p => p.Lon);
        var east = points.Max(p => p.Lon);
        var south = points.Min(p => p.Lat);
        var north = points.Max(p => p.Lat);
        var margin = Math.Max(4, Math.Max(east - west, north - south) * 0.15);
        (west, east) = Widen(west - margin, east + margin, 24, -180, 180);
        (south, north) = Widen(south - margin, north + margin, 16, -90, 90);

        // A page is wider than tall: widen a tall frame so the map keeps a landscape shape.
        (west, east) = Widen(west, east, (north - south) * 1.5, -180, 180);
        return (west, south, east, north);
    }

    private static (double Low, double High) Widen(double low, double high, double minimum, double floor, double ceiling)
    {
        if (high - low < minimum)
        {
            var centre = (low + high) / 2;
            (low, high) = (centre - minimum / 2, centre + minimum / 2);
        }

        return (Math.Max(floor, low), Math.Min(ceiling, high));
    }

    private static bool Overlaps(IReadOnlyList<(double Lon, double Lat)> ring, double west, double south, double east, double north) =>
        ring.Any(p => p.Lon >= west - 30 && p.Lon <= east + 30) && ring.Any(p => p.Lat >= south - 30 && p.Lat <= north + 30)
        && ring.Max(p => p.Lon) >= west && ring.Min(p => p.Lon) <= east && ring.Max(p => p.Lat) >= south && ring.Min(p => p.Lat) <= north;
}
