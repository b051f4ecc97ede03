using System.Text.Json;

namespace Attest.Reports.Maps;

/// <summary>Country outlines (Natural Earth 1:110m from data/geo), parsed once from the embedded GeoJSON.</summary>
public sealed class CountryShapes
{
    private static readonly Lazy<CountryShapes> Shipped = new(Load);

    private CountryShapes(IReadOnlyList<CountryShape> countries) => Countries = countries;

    public static CountryShapes Default => Shipped.Value;

    public IReadOnlyList<CountryShape> Countries { get; }

    private static CountryShapes Load()
    {
        using var stream = typeof(CountryShapes).Assembly.GetManifestResourceStream("Attest.Reports.Geo.countries-110m.geojson")
            ?? throw new InvalidOperationException("The country shapes (data/geo/countries-110m.geojson) are not embedded in Attest.Reports.");
        using var document = JsonDocument.Parse(stream);
        var countries = new List<CountryShape>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var name = feature.GetProperty("properties").GetProperty("name").GetString() ?? string.Empty;
            var geometry = feature.GetProperty("geometry");
            var coordinates = geometry.GetProperty("coordinates");
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
                ? coordinates.EnumerateArray().Select(Polygon).ToList()
                : [Polygon(coordinates)];
            countries.Add(new CountryShape(name, polygons));
        }

        return new CountryShapes(countries);
    }

    private static IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Polygon(JsonElement rings) =>
        [.. rings.EnumerateArray().Select(ring => (IReadOnlyList<(double, double)>)[.. ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble()))])];
}

/// <summary>One country's outline: polygons, each a list of rings of (longitude, latitude).</summary>
public sealed record CountryShape(string Name, IReadOnlyList<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> Polygons);
