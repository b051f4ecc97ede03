using System.Globalization;

namespace Attest.Reports.Exports.Cameo;

/// <summary>What a CAMEO code means for researchers: its root's name, QuadClass and Goldstein score (data/cameo/goldstein-scale.tsv).</summary>
public static class CameoCodes
{
    private static readonly Lazy<IReadOnlyDictionary<string, double>> Goldstein = new(LoadGoldstein);

    private static readonly IReadOnlyDictionary<string, string> Roots = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["01"] = "Make public statement",
        ["02"] = "Appeal",
        ["03"] = "Express intent to cooperate",
        ["04"] = "Consult",
        ["05"] = "Engage in diplomatic cooperation",
        ["06"] = "Engage in material cooperation",
        ["07"] = "Provide aid",
        ["08"] = "Yield",
        ["09"] = "Investigate",
        ["10"] = "Demand",
        ["11"] = "Disapprove",
        ["12"] = "Reject",
        ["13"] = "Threaten",
        ["14"] = "Protest",
        ["15"] = "Exhibit force posture",
        ["16"] = "Reduce relations",
        ["17"] = "Coerce",
        ["18"] = "Assault",
        ["19"] = "Fight",
        ["20"] = "Use unconventional mass violence",
    };

    public static string RootName(string root) => Roots.TryGetValue(root, out var name) ? name : $"CAMEO {root}";

    /// <summary>1 verbal cooperation (roots 01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).</summary>
    public static int? QuadClass(string root) =>
        int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 8 => 2,
            >= 9 and <= 13 => 3,
            >= 14 and <= 20 => 4,
            _ => null,
        } : null;

    /// <summary>The Goldstein score of the code, or of its nearest parent that has one (1823 → 182 → 18); null when none is defined.</summary>
    public static double? GoldsteinScore(string code)
    {
        for (var c = code.Trim(); c.Length >= 2; c = c[..^1])
        {
            if (Goldstein.Value.TryGetValue(c, out var score))
            {
                return score;
            }
        }

        return null;
    }

    private static IReadOnlyDictionary<string, double> LoadGoldstein()
    {
        using var stream = typeof(CameoCodes).Assembly.GetManifestResourceStream("Attest.Reports.Cameo.goldstein-scale.tsv")
            ?? throw new InvalidOperationException("The Goldstein table (data/cameo/goldstein-scale.tsv) is not embedded in Attest.Reports.");
        using var reader = new StreamReader(stream);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var columns = line.Split('\t');
            if (line.StartsWith('#') || columns.Length < 2 || !double.TryParse(columns[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                continue;
            }

            scores[columns[0]] = score;
        }

        return scores;
    }
}
