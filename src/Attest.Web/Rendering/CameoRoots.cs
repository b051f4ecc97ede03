namespace Attest.Web.Rendering;

/// <summary>The twenty CAMEO root categories by name, so charts and facets say "19 fight" rather than "19".</summary>
public static class CameoRoots
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["01"] = "make public statement",
        ["02"] = "appeal",
        ["03"] = "express intent to cooperate",
        ["04"] = "consult",
        ["05"] = "diplomatic cooperation",
        ["06"] = "material cooperation",
        ["07"] = "provide aid",
        ["08"] = "yield",
        ["09"] = "investigate",
        ["10"] = "demand",
        ["11"] = "disapprove",
        ["12"] = "reject",
        ["13"] = "threaten",
        ["14"] = "protest",
        ["15"] = "exhibit force posture",
        ["16"] = "reduce relations",
        ["17"] = "coerce",
        ["18"] = "assault",
        ["19"] = "fight",
        ["20"] = "unconventional mass violence",
    };

    public static string Label(string root) => Names.TryGetValue(root, out var name) ? $"{root} {name}" : root;
}
