using System.Reflection;
using Attest.Core.Knowledge;

namespace Attest.Analysis.Corroboration;

/// <summary>The table of outlets, wires and bodies with the party each stands for (data/knowledge/affiliations.tsv), looked up by any name.</summary>
public sealed class Affiliations
{
    private readonly Dictionary<string, Affiliation> byName;

    private Affiliations(Dictionary<string, Affiliation> byName) => this.byName = byName;

    public static Affiliations Shipped { get; } = Load();

    /// <summary>The affiliation of an outlet named <paramref name="name"/> (or a longer label starting with its name), or null.</summary>
    public Affiliation? OfOutlet(string? name) => Of(name, exact: false);

    /// <summary>The affiliation of a speaking body named exactly <paramref name="name"/> ("PTI" the party is not PTI the agency).</summary>
    public Affiliation? OfSpeaker(string? name) => Of(name, exact: true);

    private Affiliation? Of(string? name, bool exact)
    {
        if (name is null || name.Length == 0)
        {
            return null;
        }

        var key = NameKey.Normalize(name);
        if (byName.TryGetValue(key, out var found))
        {
            return found;
        }

        if (exact)
        {
            return null;
        }

        // "The Nation (Lahore)", "dawn.com/news/1500", "Reuters staff": the leading part names the outlet.
        foreach (var cut in new[] { '(', '/', ',', ' ' })
        {
            var at = name.IndexOf(cut, StringComparison.Ordinal);
            if (at > 1 && byName.TryGetValue(NameKey.Normalize(name[..at]), out found))
            {
                return found;
            }
        }

        return null;
    }

    private static Affiliations Load()
    {
        var map = new Dictionary<string, Affiliation>(StringComparer.Ordinal);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Attest.Analysis.Knowledge.affiliations.tsv")
            ?? throw new InvalidOperationException("affiliations.tsv is not embedded in Attest.Analysis; rebuild.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            var affiliation = new Affiliation(columns[0].Trim(), columns[1].Trim(), columns[2].Trim());
            var names = columns.Length > 3 ? columns[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            foreach (var name in names.Prepend(affiliation.Name))
            {
                map.TryAdd(NameKey.Normalize(name), affiliation);
            }
        }

        return new Affiliations(map);
    }
}
