using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Attest.Web.Tests.Pages;

/// <summary>Search facets count sources the way the result list shows them: choosing a value lists exactly as many sources as it said.</summary>
public sealed partial class SearchFacetsTests(WebWorkspace workspace) : IClassFixture<WebWorkspace>, IDisposable
{
    private readonly AttestWebFactory factory = new(workspace.Root);

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("/search?q=Valley")]
    [InlineData("/search?q=army")]
    [InlineData("/search?q=Valley&actor=Valdor")]
    [InlineData("/search?q=Valley&from=2026-03-05")]
    public async Task Each_facet_value_counts_the_sources_listed_after_choosing_it(string search)
    {
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, WebWorkspace.AnalystName, WebWorkspace.Password);
        var page = await HtmlPages.Get(client, search);
        var values = page.QuerySelectorAll(".facets li a").ToList();
        Assert.True(values.Count >= 5, $"only {values.Count} facet values for {search}");
        Assert.Contains(page.QuerySelectorAll(".facets section"), s => s.GetAttribute("aria-label") == "Actor" && s.QuerySelector("li a") is not null);

        var wrong = new List<string>();
        foreach (var value in values)
        {
            var said = int.Parse(Count().Match(HtmlPages.Text(value.ParentElement!)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var listed = (await HtmlPages.Get(client, value.GetAttribute("href")!)).QuerySelectorAll("li.hit").Length;
            if (said != listed)
            {
                wrong.Add($"{Facet(value)} '{HtmlPages.Text(value)}' says {said}, lists {listed}");
            }
        }

        Assert.Empty(wrong);
    }

    private static string? Facet(IElement value) => value.Closest("section")?.GetAttribute("aria-label");

    [GeneratedRegex(@"\((\d+)\)\s*$")]
    private static partial Regex Count();
}
