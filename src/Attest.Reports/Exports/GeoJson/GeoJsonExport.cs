using System.Text.Encodings.Web;
using System.Text.Json;
using Attest.Reports.Exports.Cameo;
using Attest.Reports.Model;

namespace Attest.Reports.Exports.GeoJson;

/// <summary>Events as an RFC 7946 FeatureCollection: one Point feature per event whose place has coordinates, [longitude, latitude] in WGS 84.</summary>
public static class GeoJsonExport
{
    /// <returns>How many events were left out because their place has no coordinates.</returns>
    public static int Write(ExportSet set, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        var skipped = 0;
        foreach (var e in set.Events)
        {
            if (e.Place is not { Lat: { } lat, Lon: { } lon } place || lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                skipped++;
                continue;
            }

            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", e.Id);
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(Math.Round(lon, 5));
            json.WriteNumberValue(Math.Round(lat, 5));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("source_id", e.SourceId);
            json.WriteString("source_sha256", e.Sha256);
            json.WriteString("date", e.When);
            json.WriteString("cameo", e.Cameo);
            json.WriteString("cameo_root_name", CameoCodes.RootName(e.Root));
            json.WriteString("actor", e.Actor.Name);
            json.WriteString("actor_country", e.Actor.Country);
            json.WriteString("target", e.Target?.Name);
            json.WriteString("place", place.Name);
            json.WriteString("place_record", place.Record);
            json.WriteString("passage", e.Passage);
            json.WriteString("outlet", e.Outlet);
            json.WriteString("url", e.Url);
            json.WriteString("status", e.Status);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
        return skipped;
    }
}
