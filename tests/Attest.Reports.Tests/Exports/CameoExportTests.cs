using Attest.Reports.Exports.Cameo;
using Attest.Reports.Tests.Support;

namespace Attest.Reports.Tests.Exports;

[Collection(SeedWorkspaceCollection.Name)]
public sealed class CameoExportTests(SeedWorkspace workspace)
{
    [Fact]
    public void Cameo_export_carries_code_root_quad_class_and_the_Goldstein_score_of_each_code()
    {
        var path = workspace.OutputPath("cameo.csv");

        workspace.Run("export", "--format", "cameo", "--out", path);

        var csv = ParsedCsv.Read(path);
        Assert.Equal(CameoExport.Columns, csv.Header);
        Assert.NotEmpty(csv.Rows);
        Assert.All(csv.Rows, r =>
        {
            Assert.StartsWith(r["root_code"], r["cameo_code"], StringComparison.Ordinal);
            Assert.InRange(int.Parse(r["quad_class"], System.Globalization.CultureInfo.InvariantCulture), 1, 4);
            Assert.InRange(double.Parse(r["goldstein"], System.Globalization.CultureInfo.InvariantCulture), -10, 10);
        });
    }

    [Theory]
    [InlineData("0874", 10.0)]
    [InlineData("1823", -10.0)]
    [InlineData("042", 1.9)]
    [InlineData("1125", -2.0)]
    [InlineData("0429", 1.9)]
    public void Goldstein_scores_come_from_the_standard_table_or_the_nearest_parent_code(string code, double score) =>
        Assert.Equal(score, CameoCodes.GoldsteinScore(code));

    [Theory]
    [InlineData("04", 1)]
    [InlineData("07", 2)]
    [InlineData("11", 3)]
    [InlineData("19", 4)]
    public void Quad_class_follows_the_root(string root, int quad) => Assert.Equal(quad, CameoCodes.QuadClass(root));
}
