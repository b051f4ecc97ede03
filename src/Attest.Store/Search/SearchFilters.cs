using System.Data.Common;
using System.Text;
using Attest.Store.Providers;

namespace Attest.Store.Search;

/// <summary>Appends the metadata filters of a query as SQL conditions on the <c>sources</c> table aliased <c>s</c>.</summary>
public static class SearchFilters
{
    // Conditions are added only for filters that are set, so no engine has to guess the type of a NULL parameter.
    public static void Append(StringBuilder sql, DbCommand command, SearchQuery query)
    {
        if (query.From is { } from)
        {
            sql.Append(" AND s.published >= @from");
            command.AddParameter("from", from);
        }

        if (query.To is { } to)
        {
            sql.Append(" AND s.published <= @to");
            command.AddParameter("to", to);
        }

        if (!string.IsNullOrWhiteSpace(query.Outlet))
        {
            sql.Append(" AND lower(s.outlet) LIKE @outlet");
            command.AddParameter("outlet", "%" + query.Outlet.Trim().ToLowerInvariant() + "%");
        }
    }
}
