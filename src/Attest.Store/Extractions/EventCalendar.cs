using System.Globalization;
using Attest.Store.Providers;

namespace Attest.Store.Extractions;

/// <summary>Counts events per month (the event's own month, else its report's), split by CAMEO root or by actor, for charts.</summary>
public sealed class EventCalendar(IStoreProvider provider)
{
    /// <param name="byActor">Split by the acting party instead of by CAMEO root.</param>
    public IReadOnlyList<(string Month, string Series, int Count)> PerMonth(bool byActor = false)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        var series = byActor ? "e.actor_name" : "e.root";
        command.CommandText =
            $"SELECT m.month, m.series, count(*) FROM (SELECT substr(coalesce(CASE WHEN length(e.date_value) >= 7 THEN e.date_value END, " +
            $"CAST(s.published AS TEXT)), 1, 7) AS month, {series} AS series FROM extracted_events e JOIN sources s ON s.id = e.source_id " +
            "WHERE e.negated = @no AND e.hypothetical = @no) m WHERE m.month IS NOT NULL GROUP BY m.month, m.series ORDER BY m.month";
        command.AddParameter("no", false);
        using var reader = command.ExecuteReader();
        var counts = new List<(string, string, int)>();
        while (reader.Read())
        {
            counts.Add((reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return counts;
    }

    /// <summary>How many events each named place has (negated and hypothetical ones left out), most first: what a map draws.</summary>
    public IReadOnlyList<(string Place, int Count)> PerPlace()
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT e.location, count(*) FROM extracted_events e WHERE e.location IS NOT NULL AND e.negated = @no AND e.hypothetical = @no " +
                              "GROUP BY e.location ORDER BY count(*) DESC, e.location";
        command.AddParameter("no", false);
        using var reader = command.ExecuteReader();
        var counts = new List<(string, int)>();
        while (reader.Read())
        {
            counts.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return counts;
    }

    /// <summary>Dated events (the text gives their date) in the order they happened, one page at a time; negated ones are left out.</summary>
    /// <remarks>Ordering by the indexed date alone keeps a deep page cheap over hundreds of thousands of events.</remarks>
    public IReadOnlyList<TimelineEntry> Timeline(int limit, int offset)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT e.source_id, e.event_id, e.date_value, e.cameo, e.actor_name, e.target_name, e.location, e.text FROM extracted_events e " +
            "WHERE e.date_value IS NOT NULL AND e.negated = @no ORDER BY e.date_value, e.source_id, e.start_offset LIMIT @limit OFFSET @offset";
        command.AddParameter("no", false).AddParameter("limit", limit).AddParameter("offset", offset);
        using var reader = command.ExecuteReader();
        var entries = new List<TimelineEntry>();
        while (reader.Read())
        {
            string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            entries.Add(new TimelineEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), S(5), S(6), reader.GetString(7)));
        }

        return entries;
    }

    /// <summary>How many events have no date of their own (the timeline leaves them out; the event list has them).</summary>
    public int Undated()
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM extracted_events WHERE date_value IS NULL";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
