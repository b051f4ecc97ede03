using Attest.Reports.Maps;
using Attest.Store.Extractions;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages;

/// <summary>Where events happened, drawn over shipped country outlines (no tile server), with the places that could not be placed.</summary>
public sealed class MapModel(AttestWorkspace workspace) : PageModel
{
    public string MapSvg { get; private set; } = "";
    public IReadOnlyList<MapPoint> Placed { get; private set; } = [];
    public IReadOnlyList<(string Place, int Count)> Unplaced { get; private set; } = [];

    public void OnGet()
    {
        var placed = new List<MapPoint>();
        var unplaced = new List<(string, int)>();

        // Places come from the knowledge base (starter pack, gazetteer, the team's records): one look-up per distinct name.
        foreach (var (place, count) in new EventCalendar(workspace.Store.Provider).PerPlace())
        {
            var record = workspace.Store.Knowledge.Find(place).FirstOrDefault(r => r.Lat is not null && r.Lon is not null);
            if (record is null)
            {
                unplaced.Add((place, count));
            }
            else
            {
                placed.Add(new MapPoint(record.Label, record.Lat!.Value, record.Lon!.Value, count));
            }
        }

        Placed = [.. placed.GroupBy(p => p.Label).Select(g => g.First() with { Count = g.Sum(p => p.Count) })];
        Unplaced = unplaced;
        MapSvg = EventMap.Render(Placed);
    }
}
