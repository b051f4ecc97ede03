using System.Globalization;
using System.Xml.Linq;

namespace Attest.Reports.Charts;

/// <summary>Builds SVG elements for the renderers: one namespace, invariant numbers, text escaped by LINQ to XML.</summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XElement Root(double width, double height, string title, string cssClass) =>
        new(Ns + "svg",
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("width", N(width)), new XAttribute("height", N(height)),
            new XAttribute("role", "img"), new XAttribute("class", cssClass),
            new XAttribute("font-family", "DejaVu Sans, Arial, sans-serif"), new XAttribute("font-size", "11"),
            new XElement(Ns + "title", title));

    public static XElement Rect(double x, double y, double width, double height, string fill, string? tooltip = null) =>
        new(Ns + "rect", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("width", N(width)),
            new XAttribute("height", N(height)), new XAttribute("fill", fill), tooltip is null ? null : new XElement(Ns + "title", tooltip));

    public static XElement Text(double x, double y, string text, string anchor = "start", string? transform = null) =>
        new(Ns + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("text-anchor", anchor),
            transform is null ? null : new XAttribute("transform", transform), text);

    public static XElement Line(double x1, double y1, double x2, double y2, string stroke) =>
        new(Ns + "line", new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)),
            new XAttribute("y2", N(y2)), new XAttribute("stroke", stroke), new XAttribute("stroke-width", "1"));

    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Serialize(XElement svg) => svg.ToString(SaveOptions.DisableFormatting);
}
