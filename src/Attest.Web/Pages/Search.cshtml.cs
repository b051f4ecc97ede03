using Attest.Store.Extractions;
using Attest.Store.Search;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages;

/// <summary>Full-text search over the sources, with facets (outlet, month, actor, place, event type, corroboration status) counted over the hits.</summary>
public sealed class SearchModel(AttestWorkspace workspace) : PageModel
{
    public static readonly IReadOnlyList<string> Statuses = ["single-source", "anonymous-only", "one-sided", "corroborated", "contested"];

    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outlet { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    [BindProperty(Name = "type", SupportsGet = true)]
    public string? EventType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public string? Error { get; private set; }

    public IReadOnlyList<(string Name, string Parameter, IReadOnlyList<(string Value, int Count)> Values)> Facets { get; private set; } = [];

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Query))
        {
            return;
        }

        if ((FieldLimits.TooLong("search", Query, FieldLimits.Query) ?? FieldLimits.TooLong("outlet", Outlet, FieldLimits.Name)) is { } error)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var hits = workspace.Store.Search.Find(new SearchQuery(Query, From, To, Outlet, Limit: 200));
        // Actor, place and type facets come from each hit's extracted events (a negated one, "did not attack", is not a fact
        // about the source's actors); a facet filter keeps the hits with a matching event.
        var events = hits.ToDictionary(h => h.SourceId, h => workspace.Store.Extractions.Events(new ItemFilter(h.SourceId, Limit: 1000))
            .Where(v => !v.Negated).ToList());
        var claims = hits.ToDictionary(h => h.SourceId, h => workspace.Store.Extractions.Claims(new ItemFilter(h.SourceId, Limit: 1000)));
        bool Has(SearchHit h, string parameter, string? value) => string.IsNullOrWhiteSpace(value) || parameter switch
        {
            "outlet" => Same(h.Outlet, value),
            "month" => h.Published?.ToString("yyyy-MM") == value,
            "actor" => events[h.SourceId].Any(v => Same(v.Actor, value) || Same(v.Target, value)),
            "place" => events[h.SourceId].Any(v => Same(v.Location, value)),
            "type" => events[h.SourceId].Any(v => v.Root == value.Trim()),
            "status" => events[h.SourceId].Any(v => v.Status == value) || claims[h.SourceId].Any(c => c.Status == value),
            _ => false,
        };
        var chosen = new (string Parameter, string? Value)[] { ("actor", Actor), ("place", Place), ("type", EventType), ("status", Status) };
        bool Keeps(SearchHit h, string? except = null) => chosen.All(f => f.Parameter == except || Has(h, f.Parameter, f.Value));
        Hits = [.. hits.Where(h => Keeps(h))];
        // Every facet counts sources, as the list shows sources, and counts a value with the same test its link filters by (an
        // actor or place matches as a part of a name, "Valdor" in "Valdorian army"). A link replaces that facet's own choice, so
        // its values are counted over the hits of every other choice: choosing one leaves exactly as many hits as it said.
        IReadOnlyList<(string, int)> Counted(string parameter, Func<SearchHit, IEnumerable<string?>> values)
        {
            var pool = hits.Where(h => Keeps(h, parameter)).ToList();
            return [.. pool.SelectMany(values).OfType<string>().Where(v => v.Length > 0).Distinct()
                .Select(v => (v, pool.Count(h => Has(h, parameter, v)))).OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal)];
        }

        Facets =
        [
            ("Outlet", "outlet", Counted("outlet", h => [h.Outlet])),
            ("Month published", "month", Counted("month", h => [h.Published?.ToString("yyyy-MM")])),
            ("Actor", "actor", Counted("actor", h => events[h.SourceId].SelectMany(v => new[] { v.Actor, v.Target }))),
            ("Place", "place", Counted("place", h => events[h.SourceId].Select(v => v.Location))),
            ("Event type (CAMEO root)", "type", Counted("type", h => events[h.SourceId].Select(v => v.Root))),
            ("Status (events and claims)", "status", Counted("status", h => events[h.SourceId].Select(v => v.Status).Concat(claims[h.SourceId].Select(c => c.Status)))),
        ];
    }

    /// <summary>This search's link with one more facet chosen (a month becomes a from–to range).</summary>
    public string LinkWith(string parameter, string value)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["outlet"] = Outlet,
            ["from"] = From?.ToString("yyyy-MM-dd"),
            ["to"] = To?.ToString("yyyy-MM-dd"),
            ["actor"] = Actor,
            ["place"] = Place,
            ["type"] = EventType,
            ["status"] = Status,
        };
        if (parameter == "month" && DateOnly.TryParse(value + "-01", out var first))
        {
            // Within the range already chosen, so a month narrows the list to what its count said and never widens it.
            var last = first.AddMonths(1).AddDays(-1);
            values["from"] = (From > first ? From.Value : first).ToString("yyyy-MM-dd");
            values["to"] = (To < last ? To.Value : last).ToString("yyyy-MM-dd");
        }
        else
        {
            values[parameter] = value;
        }

        return "/search?" + string.Join('&', values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => v.Key + "=" + Uri.EscapeDataString(v.Value!)));
    }

    private static bool Same(string? a, string b) => a is not null && a.Contains(b.Trim(), StringComparison.OrdinalIgnoreCase);
}
