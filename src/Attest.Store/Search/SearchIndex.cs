using Attest.Store.Providers;

namespace Attest.Store.Search;

/// <summary>Ranked full-text search over stored sources, with highlighted snippets.</summary>
public sealed class SearchIndex(IStoreProvider provider)
{
    public IReadOnlyList<SearchHit> Find(SearchQuery query)
    {
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            return [];
        }

        using var connection = provider.OpenConnection();
        using var command = provider.CreateSearchCommand(connection, query);
        if (command is null)
        {
            return [];
        }

        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new SearchHit(
                reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), reader.GetString(4), Convert.ToDouble(reader.GetValue(5)),
                reader.IsDBNull(6) ? string.Empty : reader.GetString(6)));
        }

        return hits;
    }
}
