using Attest.Store.Extractions;
using Attest.Web.Rendering;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages;

/// <summary>Events in the order they happened, paged on the server, under a chart of events per month by type or actor.</summary>
public sealed class TimelineModel(AttestWorkspace workspace) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(Name = "by", SupportsGet = true)]
    public string? By { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public bool ByActor => By == "actor";
    public string ChartSvg { get; private set; } = "";
    public IReadOnlyList<TimelineEntry> Entries { get; private set; } = [];
    public bool HasNext { get; private set; }
    public int Undated { get; private set; }

    public void OnGet()
    {
        PageNumber = Math.Max(1, PageNumber);
        var calendar = new EventCalendar(workspace.Store.Provider);
        ChartSvg = MonthChart.Svg([.. calendar.PerMonth(ByActor).Select(c => ByActor ? c : (c.Month, CameoRoots.Label(c.Series), c.Count))], ByActor ? "Events per month by actor" : "Events per month by CAMEO root");
        var found = calendar.Timeline(PageSize + 1, (PageNumber - 1) * PageSize);
        HasNext = found.Count > PageSize;
        Entries = [.. found.Take(PageSize)];
        Undated = calendar.Undated();
    }
}
