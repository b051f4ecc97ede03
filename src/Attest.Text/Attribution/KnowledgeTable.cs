using System.Reflection;

namespace Attest.Text.Attribution;

/// <summary>Reads a tab-separated knowledge file shipped inside this assembly (data/knowledge/*.tsv), skipping comments.</summary>
internal static class KnowledgeTable
{
    public static IEnumerable<string[]> Rows(string fileName)
    {
        var assembly = typeof(KnowledgeTable).Assembly;
        var name = "Attest.Knowledge." + fileName;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The knowledge file '{fileName}' is not embedded in {assembly.GetName().Name} (resource '{name}').");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
