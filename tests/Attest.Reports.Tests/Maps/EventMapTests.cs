using System.Globalization;
using System.Xml.Linq;
using Attest.Reports.Maps;

namespace Attest.Reports.Tests.Maps;

public sealed class EventMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Shipped_country_shapes_include_the_countries_of_the_corpus()
    {
        var names = CountryShapes.Default.Countries.Select(c => c.Name).ToList();

        Assert.True(names.Count > 150, $"expected the world's countries, got {names.Count}");
        Assert.Contains("Pakistan", names);
        Assert.Contains("India", names);
    }

    [Fact]
    public void Map_places_each_point_inside_the_frame_and_draws_the_countries_around_it()
    {
        var svg = XElement.Parse(EventMap.Render([new MapPoint("Srinagar", 34.08, 74.80, 3), new MapPoint("Islamabad", 33.69, 73.05, 1)]));

        var width = Number(svg.Attribute("width")!.Value);
        var height = Number(svg.Attribute("height")!.Value);
        var circles = svg.Descendants(Svg + "circle").ToList();
        Assert.Equal(2, circles.Count);
        Assert.All(circles, c =>
        {
            Assert.InRange(Number(c.Attribute("cx")!.Value), 0, width);
            Assert.InRange(Number(c.Attribute("cy")!.Value), 0, height);
        });
        var countries = svg.Descendants(Svg + "path").Select(p => p.Element(Svg + "title")!.Value).ToList();
        Assert.Contains("Pakistan", countries);
        Assert.Contains("India", countries);
        Assert.DoesNotContain("Brazil", countries);
        Assert.Contains("Srinagar", svg.Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Srinagar_is_drawn_east_and_north_of_Islamabad()
    {
        var svg = XElement.Parse(EventMap.Render([new MapPoint("Srinagar", 34.08, 74.80), new MapPoint("Karachi", 24.86, 67.01)]));

        var circles = svg.Descendants(Svg + "circle").ToDictionary(
            c => c.Element(Svg + "title")!.Value.Split(':')[0], c => (X: Number(c.Attribute("cx")!.Value), Y: Number(c.Attribute("cy")!.Value)));
        Assert.True(circles["Srinagar"].X > circles["Karachi"].X);
        Assert.True(circles["Srinagar"].Y < circles["Karachi"].Y);
    }

    [Fact]
    public void Map_without_points_shows_the_region_and_says_nothing_is_placed()
    {
        var text = EventMap.Render([]);

        Assert.Contains("no event has a place with coordinates", text);
        Assert.Contains("<title>India</title>", text);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
