using System.Globalization;
using Attest.Store.Reviews;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages;

/// <summary>The overview: how much is in the record and how much still waits for review.</summary>
public sealed class IndexModel(AttestWorkspace workspace) : PageModel
{
    public int Sources { get; private set; }
    public int Claims { get; private set; }
    public int Events { get; private set; }
    public int Unreviewed { get; private set; }
    public int Incidents { get; private set; }

    public void OnGet()
    {
        Sources = Count("sources");
        Claims = Count("extracted_claims");
        Events = Count("extracted_events");
        Incidents = Count("incidents");
        Unreviewed = workspace.Store.Reviews.QueueLength(ItemReview.Claim) + workspace.Store.Reviews.QueueLength(ItemReview.Event);
    }

    private int Count(string table)
    {
        using var connection = workspace.Store.Provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
