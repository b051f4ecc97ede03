namespace Attest.Reports.Charts;

/// <summary>Colours for chart series and map marks: distinguishable, readable in print and by most colour-blind readers (Okabe–Ito, Tol).</summary>
public static class Palette
{
    private static readonly string[] Colours =
    [
        "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#332288", "#882255", "#44AA99", "#999933", "#AA4499",
    ];

    public static string Colour(int index) => Colours[((index % Colours.Length) + Colours.Length) % Colours.Length];
}
