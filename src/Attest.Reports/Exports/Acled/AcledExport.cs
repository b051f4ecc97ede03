using System.Globalization;
using Attest.Reports.Exports.Csv;
using Attest.Reports.Model;

namespace Attest.Reports.Exports.Acled;

/// <summary>ACLED-style CSV: ACLED's own column names, one row per event whose CAMEO code maps onto an ACLED event type.</summary>
public static class AcledExport
{
    /// <summary>The columns of an ACLED export file, in ACLED's order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
        "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
        "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <returns>How many events were left out: negated or hypothetical ones, and those with no ACLED type.</returns>
    public static int Write(ExportSet set, TextWriter output)
    {
        var rows = new List<IReadOnlyList<object?>>();
        var skipped = 0;
        foreach (var e in set.Events)
        {
            if (e.Negated || e.Hypothetical || AcledMapping.For(e.Cameo) is not { } type)
            {
                skipped++;
                continue;
            }

            var (date, year, precision) = Date(e.When);
            rows.Add(
            [
                e.Id, date, year, precision, type.DisorderType, type.EventType, type.SubEventType, e.Actor.Label ?? e.Actor.Name, null,
                null, e.Target?.Label ?? e.Target?.Name, null, null, null, null, null, null, set.CountryName(e.Place?.Country ?? e.Actor.Country), null, null,
                null, e.Place?.Label ?? e.Place?.Name, e.Place?.Lat, e.Place?.Lon, Precision(e.Place), e.Outlet, null,
                $"{e.Passage} [Attest {e.Id}, CAMEO {e.Cameo}{(e.Status is null ? "" : ", " + e.Status)}, sha256 {e.Sha256}]", null, null,
                e.Published is { } p ? new DateTimeOffset(p.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds() : null,
            ]);
        }

        CsvTable.Write(output, Columns, rows);
        return skipped;
    }

    // ACLED's geo_precision: 1 = the town itself, 2 = near it or part of a region, 3 = only a larger region (here: a whole country).
    private static int? Precision(ExportedPlace? place) => place?.Lat is null ? null
        : place.Record?.StartsWith("country:", StringComparison.Ordinal) == true ? 3 : 2;

    // ACLED's time_precision: 1 = the day is known, 2 = the week or a few days, 3 = only the month.
    private static (string? Date, int? Year, int? Precision) Date(string? value)
    {
        if (value is null || value.Length < 4 || !int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return (null, null, null);
        }

        return value.Length switch
        {
            10 => (value, year, 1),
            7 when char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6]) => (value + "-01", year, 3),
            _ => ($"{year:D4}-01-01", year, 3),
        };
    }
}
