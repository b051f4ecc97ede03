using Attest.Workspace;

namespace Attest.Web;

/// <summary>The health check behind <c>GET /healthz</c>: the app answers and its database answers a query.</summary>
public static class Health
{
    public static IResult Check(AttestWorkspace workspace)
    {
        try
        {
            using var connection = workspace.Store.Provider.OpenConnection();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM schema_migrations";
            command.ExecuteScalar();
            return Results.Text("ok: " + workspace.Store.Provider.Name);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            return Results.Text("database unavailable: " + e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
