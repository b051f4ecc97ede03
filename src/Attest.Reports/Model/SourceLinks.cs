using System.Globalization;
using Attest.Store.Providers;

namespace Attest.Reports.Model;

/// <summary>Reads every entity link of the workspace, grouped by source (the store lists links per record; exports need them per source).</summary>
internal static class SourceLinks
{
    private const char ListSeparator = '\u001F';

    public static IReadOnlyDictionary<string, IReadOnlyList<ExportedLink>> Read(IStoreProvider provider)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT source_id, entity_id, entity_name, record_id, rule, matched, score, status, alternatives FROM entity_links ORDER BY source_id, entity_id";
        var links = new Dictionary<string, List<ExportedLink>>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var link = new ExportedLink(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), Convert.ToDouble(reader.GetValue(6), CultureInfo.InvariantCulture), reader.GetString(7),
                reader.GetString(8).Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries));
            (links.TryGetValue(link.SourceId, out var list) ? list : links[link.SourceId] = []).Add(link);
        }

        return links.ToDictionary(p => p.Key, p => (IReadOnlyList<ExportedLink>)p.Value, StringComparer.Ordinal);
    }
}
