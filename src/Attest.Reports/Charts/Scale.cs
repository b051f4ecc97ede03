namespace Attest.Reports.Charts;

/// <summary>Axis ticks at round numbers (1, 2, 5 × 10ⁿ), about five of them.</summary>
internal static class Scale
{
    public static int NiceStep(int max)
    {
        var raw = Math.Max(1, max / 5.0);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return Math.Max(1, (int)step);
    }
}
