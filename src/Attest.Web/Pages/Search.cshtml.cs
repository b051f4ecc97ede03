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
        // Actor, place and type facets come from each hit's extracted events; a facet filter keeps hits with a matching event.
        var events = hits.ToDictionary(h => h.SourceId, h => workspace.Store.Extractions.Events(new ItemFilter(h.SourceId, Limit: 1000)));
        var claims = hits.ToDictionary(h => h.SourceId, h => workspace.Store.Extractions.Claims(new ItemFilter(h.SourceId, Limit: 1000)));
        bool Keeps(SearchHit h) =>
            (string.IsNullOrWhiteSpace(Actor) || events[h.SourceId].Any(v => Same(v.Actor, Actor) || Same(v.Target, Actor)))
            && (string.IsNullOrWhiteSpace(Place) || events[h.SourceId].Any(v => Same(v.Location, Place)))
            && (string.IsNullOrWhiteSpace(EventType) || events[h.SourceId].Any(v => v.Root == EventType.Trim()))
            && (string.IsNullOrWhiteSpace(Status) || events[h.SourceId].Any(v => v.Status == Status) || claims[h.SourceId].Any(c => c.Status == Status));
        Hits = [.. hits.Where(Keeps)];
        // Every facet counts sources, as the list shows sources: a value counts once for each hit that has it, so choosing a
        // facet value leaves exactly as many hits as it said.
        IEnumerable<EventListing> Kept(SearchHit h) => events[h.SourceId].Where(v => !v.Negated);
        IReadOnlyList<(string, int)> PerSource(Func<SearchHit, IEnumerable<string?>> values) => Count(Hits.SelectMany(h => values(h).Distinct()));
        Facets =
        [
            ("Outlet", "outlet", PerSource(h => [h.Outlet])),
            ("Month published", "month", PerSource(h => [h.Published?.ToString("yyyy-MM")])),
            ("Actor", "actor", PerSource(h => Kept(h).SelectMany(v => new[] { v.Actor, v.Target }))),
            ("Place", "place", PerSource(h => Kept(h).Select(v => v.Location))),
            ("Event type (CAMEO root)", "type", PerSource(h => Kept(h).Select(v => v.Root))),
            ("Status (events and claims)", "status", PerSource(h => Kept(h).Select(v => v.Status).Concat(claims[h.SourceId].Select(c => c.Status)))),
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
            values["from"] = first.ToString("yyyy-MM-dd");
            values["to"] = first.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd");
        }
        else
        {
            values[parameter] = value;
        }

        return "/search?" + string.Join('&', values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => v.Key + "=" + Uri.EscapeDataString(v.Value!)));
    }

    private static bool Same(string? a, string b) => a is not null && a.Contains(b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<(string, int)> Count(IEnumerable<string?> values) =>
        [.. values.OfType<string>().Where(v => v.Length > 0).GroupBy(v => v).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Item1)];
}
