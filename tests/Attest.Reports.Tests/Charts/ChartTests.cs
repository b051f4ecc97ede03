using System.Xml.Linq;
using Attest.Reports.Charts;

namespace Attest.Reports.Tests.Charts;

public sealed class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Events_per_month_chart_draws_one_bar_segment_per_month_and_type_and_fills_gaps()
    {
        var svg = XElement.Parse(EventsPerMonthChart.Render(
        [
            new ChartBar("2019-08", "Consult", 3), new ChartBar("2019-08", "Disapprove", 2), new ChartBar("2019-11", "Disapprove", 1),
        ]));

        var bars = svg.Descendants(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).ToList();
        Assert.Equal(3, bars.Count);
        Assert.Contains(bars, b => b.Element(Svg + "title")!.Value == "2019-08: 3 × Consult");
        var labels = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("2019-09", labels);
        Assert.Contains("2019-10", labels);
        Assert.Contains("Disapprove", labels);
    }

    [Fact]
    public void Taller_months_get_taller_stacks()
    {
        var svg = XElement.Parse(EventsPerMonthChart.Render([new ChartBar("2020-01", "A", 4), new ChartBar("2020-02", "A", 1)]));

        var heights = svg.Descendants(Svg + "rect").Where(r => r.Element(Svg + "title") is not null)
            .Select(r => double.Parse(r.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, heights[0] / heights[1], 3);
    }

    [Fact]
    public void Ranked_bar_chart_lists_largest_first_and_escapes_names()
    {
        var text = RankedBarChart.Render([("India", 2), ("Pakistan <Foreign Office> & co", 5)]);

        var svg = XElement.Parse(text);
        var labels = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.True(labels.IndexOf("Pakistan <Foreign Office> & co") < labels.IndexOf("India"));
        Assert.Contains("&lt;Foreign Office&gt; &amp; co", text);
    }

    [Fact]
    public void Empty_charts_say_so()
    {
        Assert.Contains("no dated events", EventsPerMonthChart.Render([]));
        Assert.Contains("nothing to show", RankedBarChart.Render([]));
    }
}
