using System.Text.Json;
using Attest.Reports.Tests.Support;

namespace Attest.Reports.Tests.Exports;

[Collection(SeedWorkspaceCollection.Name)]
public sealed class GeoJsonExportTests(SeedWorkspace workspace)
{
    [Fact]
    public void GeoJson_is_an_RFC_7946_feature_collection_of_points_in_longitude_latitude_order()
    {
        var path = workspace.OutputPath("events.geojson");
        var table = workspace.OutputPath("events.csv");

        var run = workspace.Run("export", "--format", "geojson", "--out", path);
        workspace.Run("export", "--format", "csv", "--out", table);

        Assert.True(run.ExitCode == 0, run.Error);
        var root = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.False(root.TryGetProperty("crs", out _));
        var features = root.GetProperty("features").EnumerateArray().ToList();
        var placed = ParsedCsv.Read(table).Rows.Where(r => r["latitude"].Length > 0).ToDictionary(r => r["id"]);
        Assert.NotEmpty(features);
        Assert.Equal(placed.Count, features.Count);
        Assert.All(features, f =>
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            var geometry = f.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var coordinates = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            Assert.Equal(2, coordinates.Count);
            Assert.InRange(coordinates[0], -180, 180);
            Assert.InRange(coordinates[1], -90, 90);
            var row = placed[f.GetProperty("id").GetString()!];
            Assert.Equal(double.Parse(row["longitude"], System.Globalization.CultureInfo.InvariantCulture), coordinates[0], 4);
            Assert.Equal(double.Parse(row["latitude"], System.Globalization.CultureInfo.InvariantCulture), coordinates[1], 4);
            Assert.Equal(64, f.GetProperty("properties").GetProperty("source_sha256").GetString()!.Length);
        });
    }
}
